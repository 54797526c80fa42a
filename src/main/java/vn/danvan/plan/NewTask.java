package vn.danvan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A task (nhiệm vụ, giải pháp) to add to a plan: its number as printed ("1", "2.3", "a"), the task it belongs under
 * (null at the top), title and text, exactly one lead unit (chủ trì), any coordinating units (phối hợp), the person
 * responsible, a deadline or a recurrence as written ("định kỳ 6 tháng", "trước 15/12 hằng năm"), and its weight among
 * its siblings (1 when null).
 */
public record NewTask(String number, UUID parentId, String title, String text, UUID leadUnitId,
        List<UUID> coordinatingUnitIds, String responsible, LocalDate dueOn, String recurrence, BigDecimal weight) {

    public NewTask {
        coordinatingUnitIds = coordinatingUnitIds == null ? List.of() : List.copyOf(coordinatingUnitIds);
    }
}
