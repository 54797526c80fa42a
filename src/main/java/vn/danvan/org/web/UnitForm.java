package vn.danvan.org.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.org.UnitKind;

/**
 * The unit form: establishing a unit, or amending its name, kind and issuer code.
 */
record UnitForm(@NotBlank @Size(max = 50) String code, @NotBlank @Size(max = 255) String name,
        @Size(max = 50) String shortName, @NotNull UnitKind kind, UUID parentId, LocalDate validFrom, LocalDate validTo,
        LocalDate shortNameFrom, Long version) {
}
