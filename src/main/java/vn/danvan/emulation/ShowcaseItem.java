package vn.danvan.emulation;

import java.util.UUID;

/**
 * A recognised model or exemplar in the public showcase list, with the form of its latest commendation.
 */
public record ShowcaseItem(UUID id, String name, ModelKind kind, Field field, String unitName, UUID provinceId,
        String provinceName, int year, Level level, AwardForm award, String excerpt) {
}
