package vn.danvan.petition;

/**
 * A petitioner as a reader is allowed to see them: masked fields are null and {@code masked} says so.
 */
public record PersonView(String fullName, String idNumber, String address, String phone, boolean masked) {
}
