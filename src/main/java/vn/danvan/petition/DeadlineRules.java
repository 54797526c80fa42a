package vn.danvan.petition;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.shared.RuleViolated;
import vn.danvan.shared.calendar.DayCount;

/**
 * The statutory periods as seeded by migration, each versioned by the date it took effect: a case uses the rule in
 * force on the day it was received. Read once; the rules change only with a new migration.
 */
@Component
public class DeadlineRules {

    private final JdbcClient jdbc;
    private volatile List<DeadlineRule> rules;

    DeadlineRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rule, by step and then by the date it took effect. */
    public List<DeadlineRule> all() {
        List<DeadlineRule> loaded = rules;
        if (loaded == null) {
            loaded = jdbc.sql("select * from petition_deadline_rule").query((rs, n) -> new DeadlineRule(rs.getString("id"),
                    Step.valueOf(rs.getString("step")), rs.getObject("effective_from", LocalDate.class), rs.getInt("period"),
                    DayCount.valueOf(rs.getString("day_count")), (Integer) rs.getObject("complex_period"),
                    (Integer) rs.getObject("especially_complex_period"), (Integer) rs.getObject("remote_period"),
                    (Integer) rs.getObject("remote_complex_period"), rs.getInt("max_extensions"), rs.getString("law"),
                    rs.getString("source"), rs.getBoolean("verified"))).list().stream()
                    .sorted(Comparator.comparing(DeadlineRule::step).thenComparing(DeadlineRule::effectiveFrom)).toList();
            rules = loaded;
        }
        return loaded;
    }

    /** The rule of a step in force on a day. */
    public DeadlineRule inForce(Step step, LocalDate on) {
        DeadlineRule found = null;
        for (DeadlineRule rule : all()) {
            if (rule.step() == step && !rule.effectiveFrom().isAfter(on)
                    && (found == null || rule.effectiveFrom().isAfter(found.effectiveFrom()))) {
                found = rule;
            }
        }
        if (found == null) {
            throw new RuleViolated("petition.rule.none-in-force", on);
        }
        return found;
    }

    public DeadlineRule byId(String id) {
        return all().stream().filter(rule -> rule.id().equals(id)).findFirst()
                .orElseThrow(() -> new RuleViolated("petition.rule.none-in-force", id));
    }
}
