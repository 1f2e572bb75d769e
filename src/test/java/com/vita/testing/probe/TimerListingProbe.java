package com.vita.testing.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import java.util.List;

/**
 * The EJB timers of the WAR's module, as the container holds them: {@code getAllTimers} answers for
 * every bean of the module, so this bean sees the application's schedules.
 */
@Stateless
public class TimerListingProbe {

  @Resource TimerService timers;

  /** One line per timer: {@code info|second minute hour|persistent|next timeout}. */
  public List<String> describeAll() {
    return timers.getAllTimers().stream().map(TimerListingProbe::describe).toList();
  }

  private static String describe(Timer timer) {
    String schedule =
        timer.isCalendarTimer()
            ? timer.getSchedule().getSecond()
                + " "
                + timer.getSchedule().getMinute()
                + " "
                + timer.getSchedule().getHour()
            : "interval";
    return timer.getInfo()
        + "|"
        + schedule
        + "|"
        + timer.isPersistent()
        + "|"
        + timer.getNextTimeout().toInstant();
  }
}
