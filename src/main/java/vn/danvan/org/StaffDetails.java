package vn.danvan.org;

/**
 * What is known of a staff member: name, position and how to reach them.
 */
public record StaffDetails(String fullName, String position, String email, String phone) {
}
