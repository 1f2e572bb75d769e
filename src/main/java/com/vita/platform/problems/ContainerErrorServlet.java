package com.vita.platform.problems;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The WAR's error page: renders the errors that never reach a JAX-RS mapper (paths outside the API,
 * exceptions from servlet filters such as an oversized body) as problem+json.
 */
public class ContainerErrorServlet extends HttpServlet {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final String REFUSAL = ContainerErrorServlet.class.getName() + ".refusal";

  /**
   * A servlet filter's refusal, rendered by this page with the problem's own detail: through {@code
   * sendError}, because an exception thrown from a filter is also logged by the container with its
   * stack trace, once per request.
   */
  public static void refuse(
      HttpServletRequest request, HttpServletResponse response, ProblemException problem)
      throws IOException {
    request.setAttribute(REFUSAL, problem);
    problem.headers().forEach(response::setHeader);
    response.sendError(problem.type().status());
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    ProblemException problem =
        request.getAttribute(REFUSAL) instanceof ProblemException refused
            ? refused
            : Problems.foundIn(thrown);
    ProblemType type;
    String detail;
    if (request.getDispatcherType() != DispatcherType.ERROR) {
      // Asked for directly: this servlet is not a resource of the API.
      type = ProblemType.NOT_FOUND;
      detail = "There is no resource at this path";
    } else if (problem != null) {
      type = problem.type();
      detail = problem.getMessage();
      problem.headers().forEach(response::setHeader);
    } else {
      Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
      type = ProblemType.forStatus(code instanceof Integer status ? status : 500);
      detail = type == ProblemType.NOT_FOUND ? "There is no resource at this path" : type.title();
    }
    Problem body = ProblemResponses.problem(type, detail, List.of());
    response.setStatus(type.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.toJson(body));
  }
}
