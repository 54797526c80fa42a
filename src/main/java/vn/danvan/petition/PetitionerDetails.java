package vn.danvan.petition;

/**
 * A petitioner as entered: name, citizen ID number (CCCD), address and phone; stored encrypted.
 */
public record PetitionerDetails(String fullName, String idNumber, String address, String phone) {
}
