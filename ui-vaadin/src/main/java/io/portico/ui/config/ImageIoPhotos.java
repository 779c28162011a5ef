package io.portico.ui.config;

import io.portico.application.account.port.out.PhotoProcessor;
import io.portico.domain.shared.InvalidInputException;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/** Crops an uploaded JPEG, PNG, GIF or BMP to its centre square and scales it, with the JDK's ImageIO. */
@Component
class ImageIoPhotos implements PhotoProcessor {

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
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture));
            if (image == null || image.getWidth() == 0 || image.getHeight() == 0) {
                throw new InvalidInputException("photo", "photo.unreadable");
            }
            return image;
        } catch (IOException e) {
            throw new InvalidInputException("photo", "photo.unreadable");
        }
    }
}
