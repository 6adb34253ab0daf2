package id.kinerja.api.shared;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serde;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Tells a JSON number from a JSON string, which Micronaut Serialization's public decoder cannot do without
 * losing the number's written scale: its tree reads 87.50 as the double 87.5. With the Jackson decoder, the
 * next token is peeked (its one private method this class relies on, checked by {@code WrittenNumberTest}) and
 * the number read as an exact decimal; any other decoder goes through its tree. Written back, it is a JSON
 * number.
 */
@Singleton
public final class WrittenNumberSerde implements Serde<WrittenNumber> {
    private static final String JACKSON_DECODER = "io.micronaut.serde.jackson.JacksonDecoder";

    @Override
    public WrittenNumber deserialize(Decoder decoder, DecoderContext context, Argument<? super WrittenNumber> type)
            throws IOException {
        Optional<String> token = peekedJacksonToken(decoder);
        if (token.isPresent()) {
            return switch (token.get()) {
                case "VALUE_STRING" -> WrittenNumber.written(decoder.decodeString());
                case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> WrittenNumber.of(decoder.decodeBigDecimal());
                default -> throw notANumber(decoder, type);
            };
        }
        JsonNode node = decoder.decodeNode();
        if (node.isString()) {
            return WrittenNumber.written(node.getStringValue());
        }
        if (node.isNumber()) {
            Number number = node.getNumberValue();
            return WrittenNumber.of(number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString()));
        }
        throw notANumber(decoder, type);
    }

    @Override
    public void serialize(
            Encoder encoder, EncoderContext context, Argument<? extends WrittenNumber> type, WrittenNumber value)
            throws IOException {
        encoder.encodeBigDecimal(value.read(type.getName()));
    }

    private static IOException notANumber(Decoder decoder, Argument<?> type) {
        return decoder.createDeserializationException(
                "'" + type.getName() + "' takes a number or a string such as \"87,50\"", null);
    }

    private static Optional<String> peekedJacksonToken(Decoder decoder) throws IOException {
        if (!decoder.getClass().getName().equals(JACKSON_DECODER)) {
            return Optional.empty();
        }
        try {
            Method peek = decoder.getClass().getDeclaredMethod("peekToken");
            peek.setAccessible(true);
            Object token = peek.invoke(decoder);
            return token instanceof Enum<?> name ? Optional.of(name.name()) : Optional.empty();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
