package vn.danvan.org;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.VietnameseText;

/**
 * A person working at a unit (cán bộ, công chức, viên chức), optionally linked to the account they sign in with.
 */
@Table("staff")
public class StaffMember {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+().\\s-]{6,40}");

    @Id
    private final UUID id;
    private UUID unitId;
    private String fullName;
    private String position;
    private String email;
    private String phone;
    private UUID accountId;
    private final Instant createdAt;
    @Version
    private Long version;

    @PersistenceCreator
    StaffMember(UUID id, UUID unitId, String fullName, String position, String email, String phone, UUID accountId,
            Instant createdAt, Long version) {
        this.id = id;
        this.unitId = unitId;
        this.fullName = fullName;
        this.position = position;
        this.email = email;
        this.phone = phone;
        this.accountId = accountId;
        this.createdAt = createdAt;
        this.version = version;
    }

    static StaffMember join(UUID unitId, StaffDetails details, Instant now) {
        StaffMember member = new StaffMember(UUID.randomUUID(), unitId, null, null, null, null, null, now, null);
        member.describe(details);
        return member;
    }

    /** Replaces the person's name, position and contact details. */
    void describe(StaffDetails details) {
        String name = VietnameseText.clean(details.fullName());
        if (name == null || name.isEmpty()) {
            throw InvalidInput.field("fullName", "org.staff.name-required");
        }
        if (name.length() > 200) {
            throw InvalidInput.field("fullName", "org.staff.name-too-long", 200);
        }
        String cleanPosition = VietnameseText.clean(details.position());
        if (cleanPosition != null && cleanPosition.length() > 200) {
            throw InvalidInput.field("position", "org.staff.position-too-long", 200);
        }
        String cleanEmail = blankToNull(details.email());
        if (cleanEmail != null && (cleanEmail.length() > 200 || !EMAIL.matcher(cleanEmail).matches())) {
            throw InvalidInput.field("email", "org.staff.email-invalid");
        }
        String cleanPhone = blankToNull(details.phone());
        if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
            throw InvalidInput.field("phone", "org.staff.phone-invalid");
        }
        this.fullName = name;
        this.position = cleanPosition == null || cleanPosition.isEmpty() ? null : cleanPosition;
        this.email = cleanEmail;
        this.phone = cleanPhone;
    }

    void linkAccount(UUID account) {
        this.accountId = account;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID id() {
        return id;
    }

    public UUID unitId() {
        return unitId;
    }

    public String fullName() {
        return fullName;
    }

    public String position() {
        return position;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public UUID accountId() {
        return accountId;
    }

    public Long version() {
        return version;
    }
}
