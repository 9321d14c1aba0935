package org.retort.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpStatus;
import org.retort.web.Problem;

/** Errors raised by Jetty itself (outside Jersey) are problem+json too, and never show a stack. */
final class ProblemErrorHandler extends ErrorHandler {

    ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    protected void generateAcceptableResponse(ServletContextRequest baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        String title = HttpStatus.getMessage(code);
        String detail = code == 404 ? "There is no resource at this path." : title + ".";
        Problem problem = Problem.of(code, title, detail).at(request.getRequestURI());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(ObjectMapperProvider.MAPPER.writeValueAsBytes(problem.toMap()));
    }
}
