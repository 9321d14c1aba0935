package org.retort.web.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.stream.Collectors;
import org.retort.web.Problem;
import org.retort.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error leaves the API as {@code application/problem+json} with a message a user can act on.
 * Nothing here ever writes a stack trace to the client: an unexpected exception is logged with an
 * incident id, and only that id is returned.
 */
final class ProblemMappers {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    static Response respond(Problem problem, UriInfo uri) {
        Problem located = problem.instance() == null && uri != null ? problem.at("/api/" + uri.getPath()) : problem;
        return Response.status(located.status()).type(Problem.MEDIA_TYPE).entity(located.toMap()).build();
    }

    @Provider
    public static final class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProblemException e) {
            Response response = respond(e.problem(), uri);
            if (e.headers().isEmpty()) {
                return response;
            }
            Response.ResponseBuilder builder = Response.fromResponse(response);
            e.headers().forEach(builder::header);
            return builder.build();
        }
    }

    @Provider
    public static final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = switch (status.getStatusCode()) {
                case 404 -> "There is no resource at this path.";
                case 405 -> "This resource does not accept that HTTP method.";
                case 406 -> "This resource cannot produce any of the media types the request accepts.";
                case 415 -> "This resource does not accept the request's content type.";
                default -> e.getMessage();
            };
            Response.ResponseBuilder builder = Response.fromResponse(respond(
                    Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail), uri));
            return builder.type(Problem.MEDIA_TYPE).build();
        }
    }

    /** The body parsed as JSON but does not fit the expected shape: unknown member, wrong type. */
    @Provider
    public static final class JsonMappingExceptionMapper implements ExceptionMapper<JsonMappingException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(JsonMappingException e) {
            String where = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String detail;
            if (e instanceof UnrecognizedPropertyException u) {
                detail = "Unknown member '" + u.getPropertyName() + "'"
                        + (u.getKnownPropertyIds() == null ? "." : "; known members: " + u.getKnownPropertyIds() + ".");
            } else if (e instanceof InvalidFormatException f) {
                detail = "Value " + f.getValue() + " at '" + where + "' is not a valid " + f.getTargetType().getSimpleName() + ".";
            } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
                detail = "Member '" + where + "' is missing, null or not of type " + m.getTargetType().getSimpleName() + ".";
            } else {
                detail = "The request body does not have the expected shape" + (where.isEmpty() ? "." : " at '" + where + "'.");
            }
            return respond(Problem.of(400, "Invalid request body", detail).with("pointer", where), uri);
        }
    }

    /** The body is not JSON at all. */
    @Provider
    public static final class JsonParseExceptionMapper implements ExceptionMapper<JsonParseException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(JsonParseException e) {
            var location = e.getLocation();
            String detail = "The request body is not valid JSON"
                    + (location == null ? "." : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ").");
            return respond(Problem.of(400, "Malformed JSON", detail), uri);
        }
    }

    /** Anything else is our fault: log it in full with an incident id, tell the user only the id. */
    @Provider
    public static final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable e) {
            String incident = UUID.randomUUID().toString();
            LOG.error("Unexpected error answering {} (incident {})", uri == null ? "?" : uri.getPath(), incident, e);
            return respond(Problem.of(500, "Internal error",
                    "Retort could not complete this request. The server log has the details under incident " + incident + ".")
                    .with("incident", incident), uri);
        }
    }
}
