package vn.danvan.shared.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.stereotype.Component;

import vn.danvan.shared.VietnameseText;

/**
 * Vietnamese date and number formats for pages, as {@code @fmt} in templates: 29/02/2016, 14:05 29/02/2016, 1.234,5.
 */
@Component("fmt")
public class Formats {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    public String date(TemporalAccessor date) {
        if (date == null) {
            return "";
        }
        if (date instanceof Instant instant) {
            return DATE.format(instant.atZone(VIETNAM));
        }
        return DATE.format(date);
    }

    public String dateTime(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return DATE_TIME.format(instant.atZone(VIETNAM));
        }
        if (value instanceof OffsetDateTime odt) {
            return DATE_TIME.format(odt.atZoneSameInstant(VIETNAM));
        }
        if (value instanceof LocalDateTime ldt) {
            return DATE_TIME.format(ldt);
        }
        if (value instanceof LocalDate ld) {
            return DATE.format(ld);
        }
        return value.toString();
    }

    /** ISO form for {@code <input type="date">} values. */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String number(Number value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VietnameseText.VIETNAMESE));
        return format.format(value);
    }

    public String percent(Number value) {
        return value == null ? "" : number(value) + " %";
    }
}
