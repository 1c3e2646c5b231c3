package dev.servicedesk.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** When the desk works, in one time zone: what SLA targets count their business minutes on. */
@Entity
@Table(name = "calendar")
public class BusinessCalendar {
    @Id
    private UUID id;

    private String name;
    private String description;
    private String timeZone;
    private boolean alwaysOpen;

    @JdbcTypeCode(SqlTypes.JSON)
    private CalendarHours hours;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected BusinessCalendar() {}

    static BusinessCalendar create(UUID id, CalendarDetails details, Instant now) {
        BusinessCalendar calendar = new BusinessCalendar();
        calendar.id = id;
        calendar.createdAt = now;
        calendar.revise(details, now);
        return calendar;
    }

    void revise(CalendarDetails details, Instant at) {
        name = details.name();
        description = details.description();
        timeZone = details.timeZone();
        alwaysOpen = details.alwaysOpen();
        hours = details.hours();
        updatedAt = at;
    }

    /** Its working time, to count business minutes on. */
    public WorkingTime workingTime() {
        return new WorkingTime(ZoneId.of(timeZone), alwaysOpen, hours.week(), hours.holidays());
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String timeZone() {
        return timeZone;
    }

    public boolean alwaysOpen() {
        return alwaysOpen;
    }

    public CalendarHours hours() {
        return hours;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
