package claimdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void givesTheStandardTestVectorInLowerCaseHex() {
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

        assertEquals(abc, Sha256.hex("abc"));
        assertEquals(abc, Sha256.hex("abc".getBytes(StandardCharsets.UTF_8)));
        assertEquals(32, Sha256.of(new byte[0]).length);
    }
}
