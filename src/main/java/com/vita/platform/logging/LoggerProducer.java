package com.vita.platform.logging;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;

/** One logger per class that injects it, named after that class. */
@Dependent
public class LoggerProducer {

  @Produces
  System.Logger logger(InjectionPoint injectionPoint) {
    return System.getLogger(injectionPoint.getMember().getDeclaringClass().getName());
  }
}
