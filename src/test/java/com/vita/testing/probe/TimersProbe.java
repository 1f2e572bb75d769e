package com.vita.testing.probe;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Lists the application's EJB timers, one per line ({@link TimerListingProbe}). */
@WebServlet("/probe/timers")
public class TimersProbe extends HttpServlet {

  @EJB TimerListingProbe listing;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().print(String.join("\n", listing.describeAll()));
  }
}
