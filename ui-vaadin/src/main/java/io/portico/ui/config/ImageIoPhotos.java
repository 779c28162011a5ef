package io.portico.ui.config;

import io.portico.application.account.port.out.PhotoProcessor;
import io.portico.domain.shared.InvalidInputException;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;

/**
 * Crops an uploaded JPEG, PNG, GIF or BMP to its centre square and scales it, with the JDK's ImageIO. The
 * dimensions are read from the header first: a small file can declare a picture that takes gigabytes to
 * decode, so more than {@value #MAX_MEGAPIXELS} megapixels are refused undecoded (issue 10, item 15).
 */
@Component
class ImageIoPhotos implements PhotoProcessor {

    static final int MAX_MEGAPIXELS = 40;

    @Override
    public byte[] squarePng(byte[] picture, int size) {
        BufferedImage source = read(picture);
        int side = Math.min(source.getWidth(), source.getHeight());
        var square = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var graphics = square.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        graphics.drawImage(source, 0, 0, size, size, (source.getWidth() - side) / 2, (source.getHeight() - side) / 2,
                (source.getWidth() + side) / 2, (source.getHeight() + side) / 2, null);
        graphics.dispose();
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(square, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static BufferedImage read(byte[] picture) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(picture))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_MEGAPIXELS * 1_000_000L) {
                    throw new InvalidInputException("photo", "photo.too-many-pixels", MAX_MEGAPIXELS);
                }
                BufferedImage image = reader.read(0);
                if (image.getWidth() == 0 || image.getHeight() == 0) {
                    throw unreadable();
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            throw unreadable(); // a damaged file can break a reader in any of these ways
        }
    }

    private static InvalidInputException unreadable() {
        return new InvalidInputException("photo", "photo.unreadable");
    }
}
