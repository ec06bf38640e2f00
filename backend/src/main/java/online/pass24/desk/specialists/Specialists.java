package online.pass24.desk.specialists;

import jakarta.inject.Singleton;
import online.pass24.desk.api.model.DayOfWeek;
import online.pass24.desk.api.model.DutyShift;
import online.pass24.desk.api.model.Participant;
import online.pass24.desk.api.model.Specialist;
import online.pass24.desk.api.model.SpecialistWrite;
import online.pass24.desk.calendar.domain.WorkingInterval;
import online.pass24.desk.problem.ApiProblem;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** The key specialists directory ("контакты ключевых специалистов") and who is on duty. */
@Singleton
public class Specialists {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final SpecialistRepository repository;
    private final Clock clock;

    private final online.pass24.desk.transaction.Tx tx;

    Specialists(SpecialistRepository repository, Clock clock, online.pass24.desk.transaction.Tx tx) {
        this.tx = tx;
        this.repository = repository;
        this.clock = clock;
    }

    /** The participants for these ids; an unknown id is the caller's mistake. */
    public Mono<List<Participant>> participants(Collection<UUID> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            return Mono.just(List.of());
        }
        return repository.findAllByIds(new HashSet<>(ids)).collectList().map(found -> {
            if (found.size() != new HashSet<>(ids).size()) {
                throw ApiProblem.invalidField(field, "names a specialist who is not in the directory");
            }
            return found.stream().map(s -> {
                Participant participant = new Participant(s.id(), s.name());
                participant.setProductArea(s.productArea());
                return participant;
            }).toList();
        });
    }

    /** Who is on duty now, with an e-mail address: they hear of new emergencies. */
    public Flux<Specialist> onDuty() {
        return list(true);
    }

    /** Every listed specialist, with whether they are on duty now. */
    public Flux<Specialist> all() {
        return list(false);
    }

    /** The e-mail of the specialist who works in the system under this user name, if listed. */
    public Mono<String> emailOf(String username) {
        return repository.listAll().filter(s -> username.equals(s.username()) && s.email() != null).map(SpecialistRecord::email).next();
    }

    Flux<Specialist> list(boolean onDutyOnly) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(MOSCOW));
        return repository.listAll().map(row -> toApi(row, now)).filter(s -> !onDutyOnly || s.getOnDutyNow());
    }

    Mono<Specialist> create(SpecialistWrite write) {
        SpecialistRecord row = record(UUID.randomUUID(), write);
        return repository.save(row).map(saved -> toApi(saved, ZonedDateTime.now(clock.withZone(MOSCOW))));
    }

    /** A specialist's entity tag: a digest of what is stored about them. */
    static String etag(SpecialistRecord row) {
        return online.pass24.desk.shared.EntityTags.ofContent(row.name(), row.productArea(), row.username(), row.phone(),
                row.email(), row.duty());
    }

    /** The changed specialist and its new entity tag. */
    record Tagged(Specialist specialist, String etag) {
    }

    Mono<Tagged> update(UUID id, SpecialistWrite write, String ifMatch) {
        SpecialistRecord changed = record(id, write);
        return tx.inTransaction(() -> repository.lock(id)
                        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No specialist " + id)))
                        .flatMap(existing -> online.pass24.desk.shared.EntityTags.matches(ifMatch, etag(existing))
                                ? repository.update(changed)
                                : Mono.error(ApiProblem.stale("The specialist was changed since you read it; read again and retry"))))
                .map(saved -> new Tagged(toApi(saved, ZonedDateTime.now(clock.withZone(MOSCOW))), etag(saved)));
    }

    Mono<Tagged> created(SpecialistWrite write) {
        SpecialistRecord row = record(UUID.randomUUID(), write);
        return repository.save(row).map(saved -> new Tagged(toApi(saved, ZonedDateTime.now(clock.withZone(MOSCOW))), etag(saved)));
    }

    Mono<Void> delete(UUID id) {
        return repository.deleteById(id).flatMap(deleted -> deleted == 0
                ? Mono.error(ApiProblem.notFound("No specialist " + id)) : Mono.empty());
    }

    private static SpecialistRecord record(UUID id, SpecialistWrite write) {
        List<String> shifts = new ArrayList<>();
        List<DutyShift> duty = write.getDuty() == null ? List.of() : write.getDuty();
        for (int i = 0; i < duty.size(); i++) {
            DutyShift shift = duty.get(i);
            try {
                WorkingInterval interval = WorkingInterval.of(shift.getStart(), shift.getEnd());
                shifts.add(shift.getDay().name() + " " + interval);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                throw ApiProblem.invalidField("duty[" + i + "]", e.getMessage());
            }
        }
        return new SpecialistRecord(id, write.getName(), write.getProductArea(), write.getUsername(), write.getPhone(),
                write.getEmail(), String.join(";", shifts));
    }

    static Specialist toApi(SpecialistRecord row, ZonedDateTime now) {
        List<DutyShift> duty = new ArrayList<>();
        boolean onDuty = false;
        for (String shift : row.duty().isBlank() ? new String[0] : row.duty().split(";")) {
            String[] parts = shift.split(" ");
            WorkingInterval interval = WorkingInterval.parseList(parts[1]).get(0);
            duty.add(new DutyShift(DayOfWeek.valueOf(parts[0]), interval.start().toString(), interval.endText()));
            LocalTime time = now.toLocalTime();
            if (now.getDayOfWeek().name().equals(parts[0]) && !time.isBefore(interval.start())
                    && (interval.toEndOfDay() || time.isBefore(interval.end()))) {
                onDuty = true;
            }
        }
        Specialist specialist = new Specialist(row.id(), row.name(), row.productArea(), duty, onDuty);
        specialist.setUsername(row.username());
        specialist.setPhone(row.phone());
        specialist.setEmail(row.email());
        return specialist;
    }
}
