package id.kinerja.web.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One change to a JSON body at a place chosen at random: a value of the wrong type, null, a list holding
 * null, a string too long for its column or with control characters, a number written as an odd string or
 * too large for any column, a field left out, a field nobody asked for.
 */
final class JsonMutations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonMutations() {}

    /**
     * One string of the body replaced by a text no column takes (too long, NUL, control characters), all else
     * left valid, so that the request reaches the rules and the database behind the parsing.
     */
    static JsonNode mutateOneText(JsonNode body, Random random) {
        List<Place> places = new ArrayList<>();
        collect(body, places);
        List<Place> texts =
                places.stream().filter(place -> place.value().isTextual()).toList();
        if (texts.isEmpty()) {
            return mutate(body, random);
        }
        BadValues.pick(random, texts).set(NODES.textNode(BadValues.pick(random, BadValues.TEXTS)));
        return body;
    }

    static JsonNode mutate(JsonNode body, Random random) {
        List<Place> places = new ArrayList<>();
        collect(body, places);
        if (places.isEmpty()) {
            return body;
        }
        Place place = BadValues.pick(random, places);
        int choice = random.nextInt(11);
        if (choice == 0 && place.parent() instanceof ObjectNode object) {
            object.remove(place.name());
            return body;
        }
        if (choice == 1 && place.parent() instanceof ObjectNode object) {
            object.put("bidangTambahan" + random.nextInt(10), "nilai");
            return body;
        }
        place.set(replacement(place.value(), random));
        return body;
    }

    private static JsonNode replacement(JsonNode old, Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.arrayNode().add(NODES.nullNode()).add(old == null ? NODES.nullNode() : old);
            case 2 -> NODES.textNode(BadValues.pick(random, BadValues.TEXTS));
            case 3 -> NODES.textNode(BadValues.pick(random, BadValues.NUMBERS_AS_TEXT));
            case 4 ->
                BadValues.pick(
                        random,
                        List.<JsonNode>of(
                                NODES.numberNode(new BigDecimal("1E+400")),
                                NODES.numberNode(new BigInteger("123456789012345678901234567890")),
                                NODES.numberNode(-1),
                                NODES.numberNode(0),
                                NODES.numberNode(2147483648L),
                                NODES.numberNode(new BigDecimal("0.1234567890123")),
                                NODES.numberNode(new BigDecimal("-99999999999999999999.5"))));
            case 5 -> NODES.objectNode().put("nilai", 1);
            case 6 -> NODES.booleanNode(random.nextBoolean());
            case 7 -> NODES.textNode(BadValues.pick(random, BadValues.CHOICES));
            default ->
                old != null && old.isArray()
                        ? NODES.arrayNode().add(NODES.nullNode())
                        : NODES.textNode(BadValues.pick(random, BadValues.IDS));
        };
    }

    /** A value in the tree with the way to replace it. */
    private record Place(JsonNode parent, String name, int index, JsonNode value) {
        void set(JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(name, replacement);
            } else if (parent instanceof ArrayNode array) {
                array.set(index, replacement);
            }
        }
    }

    private static void collect(JsonNode node, List<Place> places) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                places.add(new Place(object, field.getKey(), -1, field.getValue()));
                collect(field.getValue(), places);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                places.add(new Place(array, null, i, array.get(i)));
                collect(array.get(i), places);
            }
        }
    }
}
