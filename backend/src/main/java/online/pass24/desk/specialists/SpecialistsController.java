package online.pass24.desk.specialists;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import online.pass24.desk.api.SpecialistsApi;
import online.pass24.desk.api.model.Specialist;
import online.pass24.desk.api.model.SpecialistList;
import online.pass24.desk.api.model.SpecialistWrite;
import online.pass24.desk.security.Roles;
import reactor.core.publisher.Mono;

import java.util.UUID;

@Controller
@Secured({Roles.AGENT, Roles.LEAD})
class SpecialistsController implements SpecialistsApi {

    private final Specialists specialists;

    SpecialistsController(Specialists specialists) {
        this.specialists = specialists;
    }

    @Override
    public Mono<SpecialistList> listSpecialists(String cursor, Integer limit, Boolean onDuty) {
        return specialists.list(Boolean.TRUE.equals(onDuty)).collectList().map(all -> {
            var page = online.pass24.desk.shared.Pages.of(all, s -> s.getId().toString(), cursor, limit);
            SpecialistList list = new SpecialistList(page.items());
            list.setNextCursor(page.nextCursor());
            return list;
        });
    }

    @Override
    @Secured(Roles.LEAD)
    public Mono<HttpResponse<Specialist>> createSpecialist(SpecialistWrite write) {
        return Mono.defer(() -> specialists.created(write)).map(t -> HttpResponse.status(HttpStatus.CREATED).body(t.specialist())
                .header(io.micronaut.http.HttpHeaders.ETAG, t.etag()));
    }

    @Override
    @Secured(Roles.LEAD)
    public Mono<HttpResponse<Specialist>> updateSpecialist(UUID specialistId, SpecialistWrite write, String ifMatch) {
        return Mono.defer(() -> specialists.update(specialistId, write, ifMatch))
                .map(t -> HttpResponse.ok(t.specialist()).header(io.micronaut.http.HttpHeaders.ETAG, t.etag()));
    }

    @Override
    @Secured(Roles.LEAD)
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON_PROBLEM})
    public Mono<HttpResponse<Void>> deleteSpecialist(UUID specialistId) {
        return specialists.delete(specialistId).thenReturn(HttpResponse.noContent());
    }
}
