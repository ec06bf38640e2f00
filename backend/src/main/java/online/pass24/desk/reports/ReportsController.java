package online.pass24.desk.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import online.pass24.desk.api.model.Level;
import online.pass24.desk.api.model.ProblemType;
import online.pass24.desk.api.model.ReportGrouping;
import online.pass24.desk.problem.ApiProblem;
import online.pass24.desk.security.Roles;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/reports/sla}, as JSON or, for {@code Accept: text/csv}, as a CSV file.
 * Written by hand rather than from the generated interface: one operation, two representations.
 */
@Controller("/api/v1/reports")
class ReportsController {

    private static final MediaType CSV = new MediaType("text/csv; charset=utf-8");

    private final SlaReports reports;

    ReportsController(SlaReports reports) {
        this.reports = reports;
    }

    @Get(value = "/sla", produces = {MediaType.APPLICATION_JSON, "text/csv"})
    @Secured(Roles.LEAD)
    Mono<HttpResponse<?>> sla(@QueryValue @Nullable String from, @QueryValue @Nullable String to,
                              @QueryValue @Nullable String groupBy, @QueryValue @Nullable String level,
                              @QueryValue @Nullable String separator,
                              @Header(HttpHeaders.ACCEPT) @Nullable String accept,
                              @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String language) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        ReportGrouping grouping = grouping(groupBy);
        Level onlyLevel = level(level);
        char csvSeparator = separator(separator);
        boolean csv = wantsCsv(accept);
        return reports.report(first, last, grouping, onlyLevel).map(report -> csv
                ? HttpResponse.ok(ReportCsv.write(report, csvSeparator, !prefersEnglish(language)))
                        .contentType(CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\"sla-report-" + first + "-" + last + ".csv\"")
                : HttpResponse.ok(report).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.invalidField(name, "is required, as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidField(name, "must be a date as YYYY-MM-DD");
        }
    }

    private static ReportGrouping grouping(String value) {
        if (value == null || value.isBlank()) {
            return ReportGrouping.WEEK;
        }
        return Arrays.stream(ReportGrouping.values()).filter(g -> g.getValue().equals(value)).findFirst()
                .orElseThrow(() -> ApiProblem.invalidField("groupBy", "must be one of " + Arrays.stream(ReportGrouping.values())
                        .map(ReportGrouping::getValue).toList()));
    }

    private static Level level(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(Level.values()).filter(l -> l.name().equals(value)).findFirst()
                .orElseThrow(() -> ApiProblem.invalidField("level", "must be EMERGENCY or STANDARD"));
    }

    private static char separator(String value) {
        if (value == null || value.isBlank() || value.equals("comma")) {
            return ',';
        }
        if (value.equals("semicolon")) {
            return ';';
        }
        throw ApiProblem.invalidField("separator", "must be comma or semicolon");
    }

    /**
     * CSV when the caller ranks text/csv above JSON; JSON for anything that accepts it, or
     * when nothing is said; 406 for a caller that accepts neither.
     */
    static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double json = 0;
        double csv = 0;
        for (String range : accept.split(",")) {
            List<String> parts = Arrays.stream(range.split(";")).map(String::trim).toList();
            String type = parts.get(0).toLowerCase(Locale.ROOT);
            double q = parts.stream().skip(1).filter(p -> p.startsWith("q=")).findFirst()
                    .map(p -> parse(p.substring(2))).orElse(1.0);
            switch (type) {
                case "text/csv" -> csv = Math.max(csv, q);
                case "application/json", "application/problem+json" -> json = Math.max(json, q);
                case "*/*", "text/*", "application/*" -> {
                    if (!type.equals("application/*")) {
                        csv = Math.max(csv, q / 2);
                    }
                    if (!type.equals("text/*")) {
                        json = Math.max(json, q / 2 + 0.0001);
                    }
                }
                default -> {
                }
            }
        }
        if (json == 0 && csv == 0) {
            throw new ApiProblem(ProblemType.NOT_ACCEPTABLE, HttpStatus.NOT_ACCEPTABLE,
                    "This report is available as application/json or text/csv", List.of());
        }
        return csv > json;
    }

    private static double parse(String q) {
        try {
            return Double.parseDouble(q);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean prefersEnglish(String language) {
        return language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("en");
    }
}
