package online.pass24.desk.specialists;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A row of {@code specialist}; duty as 'MONDAY 09:00-18:00;TUESDAY 10:00-19:00'. */
@MappedEntity("specialist")
public record SpecialistRecord(@Id UUID id, String name, String productArea, @Nullable String username,
                               @Nullable String phone, @Nullable String email, String duty) {
}
