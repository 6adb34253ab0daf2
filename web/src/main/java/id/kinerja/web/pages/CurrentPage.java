package id.kinerja.web.pages;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** Gives every page the address it was asked for, so that the language switch can come back to it. */
@Singleton
class CurrentPage implements ViewModelProcessor<Map<String, Object>> {
    @Override
    public void process(@NonNull HttpRequest<?> request, @NonNull ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElse(Map.of()));
        String query = request.getUri().getRawQuery();
        model.put("here", request.getPath() + (query == null ? "" : "?" + query));
        modelAndView.setModel(model);
    }
}
