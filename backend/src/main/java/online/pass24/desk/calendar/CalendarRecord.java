package online.pass24.desk.calendar;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code business_calendar}. */
@MappedEntity("business_calendar")
record CalendarRecord(@Id UUID id, String name, String zone, @MappedProperty("is_default") boolean isDefault,
                      long version, Instant updatedAt) {
}
