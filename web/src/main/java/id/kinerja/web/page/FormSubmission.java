package id.kinerja.web.page;

import id.kinerja.domain.shared.DomainException;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.problem.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place a page's form is carried out. The form record is checked (Bean Validation), then handed to the
 * action; what it changed is attached for the audit trail and the browser is sent on (303) to a page that
 * confirms the save. A refusal —
 * a field left empty, a number that cannot be read, a rule of the domain — shows the same page again with
 * the form as it was typed and the message beside it, answered with the status the API would give (422,
 * 409…), and nothing is stored.
 */
@Singleton
public class FormSubmission {
    private final Validator validator;
    private final Words words;

    FormSubmission(Validator validator, Words words) {
        this.validator = validator;
        this.words = words;
    }

    /**
     * @param formName which form of the page was sent, so that the message shows beside it
     * @param action what the form does; it throws a {@link DomainException} to refuse
     * @param again the page as it was, the typed form kept, with the refusal to show
     */
    public <F extends Record> HttpResponse<?> submit(
            HttpRequest<?> request,
            String formName,
            F form,
            Function<F, Submitted> action,
            Function<Refusal, ModelAndView<?>> again) {
        Set<ConstraintViolation<F>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            ConstraintViolation<F> first = firstInFormOrder(form, violations);
            String field = first.getPropertyPath().toString();
            Refusal refusal = new Refusal(formName, field, words.message(codeOf(first), argumentsOf(first)));
            Audited.Refused.attach(request, codeOf(first), argumentsOf(first));
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(again.apply(refusal));
        }
        return carryOut(request, formName, () -> action.apply(form), again);
    }

    /**
     * A form that is not a record — a multipart upload, read as its parts — carried out and, when refused,
     * shown again in the same way.
     */
    public HttpResponse<?> carryOut(
            HttpRequest<?> request,
            String formName,
            Supplier<Submitted> action,
            Function<Refusal, ModelAndView<?>> again) {
        try {
            Submitted done = action.get();
            if (done.changed() == null) {
                return HttpResponse.seeOther(done.next());
            }
            Audited.Change.attach(request, done.changedId(), done.changed());
            // the page the browser goes to next says "Perubahan tersimpan" (SavedNotice)
            return HttpResponse.seeOther(done.next()).cookie(SavedNotice.after(request));
        } catch (DomainException refused) {
            Refusal refusal = new Refusal(formName, refused.field().orElse(null), words.refusal(refused));
            Audited.Refused.attach(request, refused.code(), refused.arguments());
            return HttpResponse.status(Problems.statusOf(refused)).body(again.apply(refusal));
        }
    }

    /** The violation of the field that comes first on the form, so the message matches what the eye meets. */
    private static <F extends Record> ConstraintViolation<F> firstInFormOrder(
            F form, Set<ConstraintViolation<F>> violations) {
        List<String> order = Arrays.stream(form.getClass().getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        return violations.stream()
                .min(Comparator.comparingInt(
                        violation -> order.indexOf(violation.getPropertyPath().toString())))
                .orElseThrow();
    }

    /** "validation.NotBlank", "validation.Size"…: the constraint's code in the message bundles. */
    private static String codeOf(ConstraintViolation<?> violation) {
        return "validation."
                + violation
                        .getConstraintDescriptor()
                        .getAnnotation()
                        .annotationType()
                        .getSimpleName();
    }

    private static List<Object> argumentsOf(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object max = attributes.get("max");
        return max == null ? List.of() : List.of(max);
    }
}
