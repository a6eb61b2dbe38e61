package dibao.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The query parameters of one API request, checked: an unknown name or a malformed value is a 400. */
final class RequestParams {

    private final Context ctx;

    private RequestParams(Context ctx) {
        this.ctx = ctx;
    }

    /** Refuses parameters other than {@code allowed}, and any given twice. */
    static RequestParams of(Context ctx, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (var e : ctx.queryParamMap().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw ApiException.badParameter(e.getKey(), "unknown parameter '" + e.getKey()
                        + "'; this endpoint takes " + String.join(", ", new TreeSet<>(known)));
            }
            if (e.getValue().size() > 1) {
                throw ApiException.badParameter(e.getKey(), "parameter '" + e.getKey() + "' is given more than once");
            }
        }
        return new RequestParams(ctx);
    }

    /** The value, trimmed; null when absent or blank. */
    String text(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    String required(String name) {
        String v = text(name);
        if (v == null) {
            throw ApiException.badParameter(name, "parameter '" + name + "' is required");
        }
        return v;
    }

    int integer(String name, int fallback, int min, int max) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiException.badParameter(name, "'" + v + "' is out of range: " + name + " must be from " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "'" + v + "' is not a whole number");
        }
    }

    /** A from/to pair of dates (YYYY, YYYY-MM or YYYY-MM-DD); {@code to} is taken to the end of its year/month. */
    LocalDate[] dateRange(String fromName, String toName) {
        LocalDate from = Periods.bound(fromName, text(fromName), false);
        LocalDate to = Periods.bound(toName, text(toName), true);
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badParameter(toName, "'" + text(toName) + "' is before " + fromName + " '" + text(fromName) + "'");
        }
        return new LocalDate[] {from, to};
    }

    /** A value that must be one of {@code choices} (or absent). */
    String oneOf(String name, List<String> choices) {
        String v = text(name);
        if (v != null && !choices.contains(v)) {
            throw ApiException.badParameter(name, "'" + v + "' is not one of " + String.join(", ", choices));
        }
        return v;
    }
}
