package id.kinerja.web.page;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.beans.BeanMap;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Puts every view in its frame: the view model's own fields (a record of each page), the address it was asked
 * for (so that the language switch comes back to it), whether someone is signed in and with which roles (so
 * that menus offer only what the person may do), and whether it follows a saved form ({@link SavedNotice}).
 */
@Singleton
class PageFrame implements ViewModelProcessor<Object> {
    @Override
    public void process(@NonNull HttpRequest<?> request, @NonNull ModelAndView<Object> modelAndView) {
        Map<String, Object> model = new HashMap<>();
        modelAndView.getModel().ifPresent(view -> model.putAll(fieldsOf(view)));
        String query = request.getUri().getRawQuery();
        model.put("here", request.getPath() + (query == null ? "" : "?" + query));
        Set<String> roles = request.getUserPrincipal()
                .filter(Authentication.class::isInstance)
                .map(principal -> Set.copyOf(((Authentication) principal).getRoles()))
                .orElse(Set.of());
        model.put("signedIn", request.getUserPrincipal().map(Principal::getName).isPresent());
        model.put("roles", roles);
        model.put("saved", SavedNotice.follows(request));
        modelAndView.setModel(model);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fieldsOf(Object view) {
        return view instanceof Map<?, ?> map ? (Map<String, Object>) map : BeanMap.of(view);
    }
}
