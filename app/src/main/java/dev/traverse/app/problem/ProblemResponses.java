package dev.traverse.app.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** Writes a problem straight to a servlet response, for filters that answer before Spring MVC runs. */
public final class ProblemResponses {

    /** Spring's builder adds the mix-in that writes a problem's extra properties at the top level. */
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    private ProblemResponses() {}

    public static void write(HttpServletResponse response, HttpStatus status, String code, String detail, String field)
            throws IOException {
        ProblemDetail problem = Problems.of(status, code, detail, field);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
