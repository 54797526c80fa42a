package vn.danvan.emulation;

import java.util.UUID;

/**
 * A member of a movement's evaluation council (Hội đồng thi đua), who sits for the unit of their council role.
 */
public record CouncilMember(UUID id, UUID accountId, String displayName, UUID unitId, String unitName) {
}
