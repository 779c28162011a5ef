package io.portico.application.account.port.out;

/** Turns an uploaded picture into a square PNG thumbnail. */
public interface PhotoProcessor {

    /** @throws io.portico.domain.shared.InvalidInputException on field "photo" when the bytes are not a picture */
    byte[] squarePng(byte[] picture, int size);
}
