package com.vita.platform.problems;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * Bean Validation failures as 400 with one entry per rejected field. The field is named as the
 * client sent it ({@code dimensionsCm.length}), without the Java method and parameter names.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .distinct()
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return ProblemResponses.response(
        ProblemType.VALIDATION, ProblemException.INVALID_FIELDS, errors);
  }

  private static String fieldOf(ConstraintViolation<?> violation) {
    StringJoiner field = new StringJoiner(".");
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
        field.add(node.getName());
      }
    }
    // A constraint on a path or query parameter has no property: name the parameter.
    return field.length() > 0 ? field.toString() : parameter == null ? "body" : parameter;
  }
}
