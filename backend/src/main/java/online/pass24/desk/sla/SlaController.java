package online.pass24.desk.sla;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import online.pass24.desk.api.SlaApi;
import online.pass24.desk.api.model.Level;
import online.pass24.desk.api.model.SlaPolicy;
import online.pass24.desk.api.model.SlaPolicyList;
import online.pass24.desk.api.model.SlaPolicyWrite;
import online.pass24.desk.problem.ApiProblem;
import online.pass24.desk.security.Roles;
import online.pass24.desk.transaction.Tx;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** SLA policies per level: read by staff, published in new versions by the head of support. */
@Controller
@Secured({Roles.AGENT, Roles.LEAD, Roles.DEVELOPER})
class SlaController implements SlaApi {

    private static final UUID DEFAULT_CALENDAR = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private final SlaRepository repository;
    private final online.pass24.desk.calendar.CalendarStore calendars;
    private final SecurityService security;
    private final Tx tx;
    private final Clock clock;

    SlaController(SlaRepository repository, online.pass24.desk.calendar.CalendarStore calendars, SecurityService security,
                  Tx tx, Clock clock) {
        this.repository = repository;
        this.calendars = calendars;
        this.security = security;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Mono<SlaPolicyList> listSlaPolicies() {
        return Flux.just(Level.EMERGENCY, Level.STANDARD).concatMap(level -> repository.currentPolicy(level.name()))
                .map(SlaController::toApi).collectList().map(SlaPolicyList::new);
    }

    @Override
    public Mono<HttpResponse<SlaPolicy>> getSlaPolicy(Level level) {
        return repository.currentPolicy(level.name()).map(SlaController::toApi)
                .map(p -> HttpResponse.ok(p).header(HttpHeaders.ETAG, "\"" + p.getVersion() + "\""));
    }

    @Override
    @Secured(Roles.LEAD)
    public Mono<HttpResponse<SlaPolicy>> putSlaPolicy(Level level, SlaPolicyWrite write, String ifMatch) {
        String author = security.username().orElse("lead");
        List<Integer> thresholds = write.getWarningThresholds() == null ? List.of(50, 80)
                : write.getWarningThresholds().stream().sorted().distinct().toList();
        UUID calendar = calendarId(write.getCalendarId());
        boolean businessHours = write.getBusinessHours() == null || write.getBusinessHours();
        boolean pause = write.getPauseAllowed() != null ? write.getPauseAllowed() : level == Level.STANDARD;
        Mono<Void> calendarKnown = !businessHours ? Mono.empty() : calendars.calendar(calendar).hasElement()
                .flatMap(found -> found ? Mono.<Void>empty()
                        : Mono.error(ApiProblem.invalidField("calendarId", "names no calendar")));
        return calendarKnown.then(tx.inTransaction(() -> repository.currentPolicy(level.name()).flatMap(current -> {
                    if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.replace("W/", "").replace("\"", "").trim()
                            .equals(Integer.toString(current.version()))) {
                        return Mono.error(ApiProblem.stale("The policy has a newer version " + current.version()));
                    }
                    int version = current.version() + 1;
                    return repository.insertPolicy(UUID.randomUUID(), level.name(), version, write.getFirstContactMinutes(),
                            write.getDiagnosisMinutes(), write.getResolutionMinutes(), write.getStatusUpdateMinutes(),
                            thresholds.stream().map(String::valueOf).collect(Collectors.joining(",")), pause, businessHours,
                            businessHours ? calendar : null, clock.instant(), author,
                            steps(write.getOnWarning(), "NOTIFY_LEAD"), steps(write.getOnBreach(), "NOTIFY_LEAD,PROPOSE_REASSIGNMENT"))
                            // two leads publishing at once: the second one read a version that is gone
                            .onErrorMap(e -> String.valueOf(e.getMessage()).contains("duplicate key"),
                                    e -> ApiProblem.stale("Another version was published meanwhile; read it and retry"));
                }).then(repository.currentPolicy(level.name()))))
                .map(SlaController::toApi)
                .map(p -> HttpResponse.ok(p).header(HttpHeaders.ETAG, "\"" + p.getVersion() + "\""));
    }

    private static UUID calendarId(String id) {
        if (id == null || id.isBlank() || id.equals("default")) {
            return DEFAULT_CALENDAR;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("calendarId", "is neither `default` nor a calendar id");
        }
    }

    static SlaPolicy toApi(SlaRows.Policy row) {
        SlaPolicy policy = new SlaPolicy(Level.valueOf(row.level()), row.version(), row.firstContactMinutes(),
                row.diagnosisMinutes(), row.resolutionMinutes(), row.statusUpdateMinutes(),
                SlaPolicies.thresholds(row.warningThresholds()), row.pauseAllowed(), row.businessHours(),
                SupportEscalation.steps(row.onWarning()), SupportEscalation.steps(row.onBreach()),
                row.createdAt().atOffset(ZoneOffset.UTC));
        policy.setCalendarId(row.calendarId() == null ? null : row.calendarId().toString());
        policy.setCreatedBy(row.createdBy());
        return policy;
    }

    private static String steps(java.util.Collection<online.pass24.desk.api.model.SupportEscalationStep> steps, String fallback) {
        return steps == null ? fallback : steps.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
