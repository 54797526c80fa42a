package vn.danvan.petition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.danvan.shared.DataDirectory;

/**
 * Encrypts petitioners' identities at rest with AES-256-GCM (Luật Tố cáo 2018 Điều 47–48: a denouncer's identity is
 * kept secret) and derives a keyed hash of ID numbers for finding the same person again. The key comes from
 * {@code DANVAN_DATA_KEY} (32 bytes, base64) or is generated once under the data directory.
 */
@Component
class PersonalDataCipher {

    private static final String PREFIX = "v1:";
    private static final byte[] CONTEXT = "danvan-petition-person".getBytes(StandardCharsets.UTF_8);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    PersonalDataCipher(@Value("${danvan.data-key:${DANVAN_DATA_KEY:}}") String configured, DataDirectory data) {
        byte[] raw = configured == null || configured.isBlank() ? storedKey(data.resolve("keys").resolve("personal-data.key"))
                : decode(configured.strip());
        this.key = new SecretKeySpec(raw, "AES");
        this.hashKey = new SecretKeySpec(mac(new SecretKeySpec(raw, "HmacSHA256"), "id-hash".getBytes(StandardCharsets.UTF_8)),
                "HmacSHA256");
    }

    String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(CONTEXT);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt personal data", e);
        }
    }

    String decrypt(String stored) {
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(CONTEXT);
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot decrypt personal data: wrong key or damaged value");
        }
    }

    /** A keyed hash of an ID number (digits and letters only, upper case), or null when there is none. */
    String hashIdNumber(String idNumber) {
        String normalised = normaliseIdNumber(idNumber);
        return normalised == null ? null
                : HexFormat.of().formatHex(mac(hashKey, normalised.getBytes(StandardCharsets.UTF_8)));
    }

    static String normaliseIdNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        String normalised = idNumber.replaceAll("[^0-9A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
        return normalised.isEmpty() ? null : normalised;
    }

    private static byte[] mac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static byte[] decode(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("DANVAN_DATA_KEY must be 32 bytes in base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("DANVAN_DATA_KEY must be 32 bytes in base64, not " + raw.length);
        }
        return raw;
    }

    private byte[] storedKey(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).strip());
            }
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            Files.writeString(file, Base64.getEncoder().encodeToString(raw), StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the directory's own protection applies.
            }
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the personal data key " + file, e);
        }
    }
}
