package dev.traverse.app.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.traverse.app.access.AccessProblem;
import dev.traverse.command.apikey.ApiKeysUnavailableException;
import dev.traverse.command.artifact.ArtifactTooLargeException;
import dev.traverse.command.artifact.UnsupportedArtifactException;
import dev.traverse.command.rejection.CommandRejectedException;
import dev.traverse.command.secret.SecretShreddedException;
import dev.traverse.command.secret.SecretStorageUnavailableException;
import dev.traverse.command.web.JsonPaths;
import dev.traverse.query.http.BadQueryParameterException;
import dev.traverse.query.http.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every exception that reaches Spring MVC as a problem. Field names are the API's snake_case JSON names, so
 * a client can point at the input that was wrong; internal errors never show their message.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(CommandRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(CommandRejectedException e, HttpServletRequest request) {
        return problem(
                request,
                Problems.of(
                        HttpStatusCode.valueOf(e.rejection().status()),
                        e.rejection().code(),
                        e.getMessage(),
                        e.field()));
    }

    @ExceptionHandler(ArtifactTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(ArtifactTooLargeException e, HttpServletRequest request) {
        return problem(request, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", e.getMessage(), null));
    }

    @ExceptionHandler(UnsupportedArtifactException.class)
    ResponseEntity<ProblemDetail> unsupported(UnsupportedArtifactException e, HttpServletRequest request) {
        return problem(
                request,
                Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", e.getMessage(), null));
    }

    @ExceptionHandler({SecretStorageUnavailableException.class, ApiKeysUnavailableException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e, HttpServletRequest request) {
        log.error("{}", e.getMessage());
        return problem(request, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "not-configured", e.getMessage(), null));
    }

    @ExceptionHandler(SecretShreddedException.class)
    ResponseEntity<ProblemDetail> shredded(SecretShreddedException e, HttpServletRequest request) {
        return problem(request, Problems.of(HttpStatus.GONE, "shredded", e.getMessage(), null));
    }

    @ExceptionHandler(AccessProblem.class)
    ResponseEntity<ProblemDetail> access(AccessProblem e, HttpServletRequest request) {
        return problem(request, Problems.of(e.status(), e.code(), e.getMessage(), e.field()));
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> refused(ProblemException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), e.getMessage(), e.field());
        problem.setInstance(URI.create(request.getRequestURI()));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            // What makes this node unavailable (a write still open) lasts seconds, not minutes.
            response.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return response.body(problem);
    }

    @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class, AggregateDeletedException.class})
    ResponseEntity<ProblemDetail> notFound(Exception e, HttpServletRequest request) {
        return problem(request, Problems.of(HttpStatus.NOT_FOUND, "not-found", "the resource does not exist", null));
    }

    @ExceptionHandler(BadQueryParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(BadQueryParameterException e, HttpServletRequest request) {
        return problem(
                request, Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", e.getMessage(), e.parameter()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problem(
                request,
                Problems.of(
                        HttpStatus.BAD_REQUEST, "invalid-parameter", e.getName() + " has the wrong type", e.getName()));
    }

    @ExceptionHandler({ConcurrencyException.class, PessimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> concurrent(Exception e, HttpServletRequest request) {
        return problem(
                request,
                Problems.of(
                        HttpStatus.CONFLICT,
                        "conflict",
                        "a concurrent write changed the resource first; read it again and retry",
                        null));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info(
                "write refused by a database constraint: {}",
                e.getMostSpecificCause().getMessage());
        return problem(
                request,
                Problems.of(
                        HttpStatus.CONFLICT,
                        "conflict",
                        "the write conflicts with a concurrent one; read the resources again and retry",
                        null));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("unhandled error serving {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(
                request,
                Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "something went wrong on our side; the request id helps us find it",
                        null));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problems.FieldError(JsonPaths.of(error.getField()), error.getDefaultMessage()))
                .toList();
        String detail = errors.stream()
                .map(error -> error.field() + " " + error.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("the request body is invalid");
        return wrap(request, Problems.withErrors(HttpStatus.BAD_REQUEST, "invalid-field", detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException || cause == null) {
            String detail = cause == null ? "the request body is missing" : "the request body is not well-formed JSON";
            return wrap(request, Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", detail, null));
        }
        if (cause instanceof JsonMappingException mapping) {
            String field = path(mapping);
            String detail = describe(mapping, field);
            return wrap(
                    request,
                    Problems.of(HttpStatus.BAD_REQUEST, "invalid-field", detail, field.isEmpty() ? null : field));
        }
        return wrap(
                request, Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "the request body is unreadable", null));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return wrap(
                request,
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "invalid-parameter",
                        e.getParameterName() + " is required",
                        e.getParameterName()));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return problem(
                request,
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "invalid-field",
                        e.getHeaderName() + " is required",
                        e.getHeaderName()));
    }

    /** Spring's own MVC errors (405, 415, 406, ...) get Traverse's type URIs and the request id too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Object effective = body == null && e instanceof ErrorResponse error ? error.getBody() : body;
        if (effective instanceof ProblemDetail problem
                && !problem.getType().toString().startsWith(Problems.TYPE_BASE)) {
            ProblemDetail ours = Problems.of(
                    status,
                    status.value() == 404
                            ? "not-found"
                            : status.is4xxClientError() ? "request-rejected" : "internal-error",
                    problem.getDetail(),
                    null);
            return super.handleExceptionInternal(e, decorate(request, ours), headers, status, request);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static String describe(JsonMappingException e, String field) {
        String name = field.isEmpty() ? "the body" : field;
        if (e instanceof UnrecognizedPropertyException) {
            return name + " is not a known field";
        }
        if (e instanceof ValueInstantiationException
                && e.getCause() != null
                && e.getCause().getMessage() != null) {
            return e.getCause().getMessage();
        }
        if (e instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return name + " must be one of "
                    + java.util.Arrays.stream(format.getTargetType().getEnumConstants())
                            .map(Object::toString)
                            .collect(java.util.stream.Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException format) {
            return name + " must be " + typeName(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return name + " must be " + typeName(mismatch.getTargetType());
        }
        return name + " has an invalid value";
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    /** The JSON path of the field Jackson choked on, such as {@code allowed_domains[2]}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpServletRequest request, ProblemDetail problem) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private ResponseEntity<Object> wrap(WebRequest request, ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(decorate(request, problem));
    }

    private static ProblemDetail decorate(WebRequest request, ProblemDetail problem) {
        if (request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        return problem;
    }
}
