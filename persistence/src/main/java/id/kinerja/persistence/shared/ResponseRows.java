package id.kinerja.persistence.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The columns a respondent's answers share wherever they are kept — an uploaded response ({@code survey_response})
 * and an answer sent online ({@code questionnaire_answer}): the profile, the suggestion and one column per element,
 * {@code u1…u14} in the methodology's order, named and bound in this one order.
 */
public final class ResponseRows {
    /** The most elements a methodology has (the oldest, 25/2004, has fourteen). */
    public static final int MAX_ELEMENTS = 14;
    /** {@code u1, u2, … u14}. */
    public static final String ELEMENT_COLUMNS =
            IntStream.rangeClosed(1, MAX_ELEMENTS).mapToObj(i -> "u" + i).collect(Collectors.joining(", "));
    /** {@code sex, age, education, occupation, suggestion, u1, … u14}: what {@link #bind} binds. */
    public static final String SHARED_COLUMNS = "sex, age, education, occupation, suggestion, " + ELEMENT_COLUMNS;
    /** How many parameters {@link #bind} sets. */
    public static final int SHARED_COUNT = 5 + MAX_ELEMENTS;

    private ResponseRows() {}

    /**
     * Binds the profile, the suggestion and the answers as {@link #SHARED_COLUMNS} names them, from parameter
     * {@code first} on; an answer of 0 (none given) and the elements past the methodology's are NULL.
     *
     * @return the position of the parameter after them
     */
    public static int bind(
            PreparedStatement insert,
            int first,
            String sex,
            Integer age,
            String education,
            String occupation,
            String suggestion,
            int[] answers)
            throws SQLException {
        int column = first;
        insert.setString(column++, sex);
        if (age == null) {
            insert.setNull(column++, Types.SMALLINT);
        } else {
            insert.setShort(column++, age.shortValue());
        }
        insert.setString(column++, education);
        insert.setString(column++, occupation);
        insert.setString(column++, suggestion);
        for (int element = 0; element < MAX_ELEMENTS; element++, column++) {
            if (element < answers.length && answers[element] > 0) {
                insert.setShort(column, (short) answers[element]);
            } else {
                insert.setNull(column, Types.SMALLINT);
            }
        }
        return column;
    }
}
