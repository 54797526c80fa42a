package vn.danvan.petition;

import java.util.UUID;

/**
 * What a citizen sends through the public portal: the committee addressed, the class, subject and content, and who
 * they are; {@code website} is a field people never see, so anything in it comes from a robot.
 */
public record PortalSubmission(UUID unitId, PetitionKind kind, String subject, String content, String fullName,
        String idNumber, String address, String phone, String website) {
}
