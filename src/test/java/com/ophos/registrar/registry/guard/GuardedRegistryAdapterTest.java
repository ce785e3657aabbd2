package com.ophos.registrar.registry.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.registry.spi.RegistryAdapter;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every registry command must pass through the guard to the adapter. An SPI method with a default
 * body that the guard does not override would silently answer with the default (e.g. "refused by
 * policy") instead of asking the registry, as contact:info and the AFNIC trade query once did.
 */
class GuardedRegistryAdapterTest {

    @Test
    void overridesEverySpiMethod() {
        List<String> missing = Arrays.stream(RegistryAdapter.class.getMethods())
                .filter(method -> !overridden(method))
                .map(Method::getName)
                .toList();
        assertThat(missing).as("SPI methods the guard does not pass on").isEmpty();
    }

    private static boolean overridden(Method spi) {
        try {
            return GuardedRegistryAdapter.class.getDeclaredMethod(spi.getName(), spi.getParameterTypes()) != null;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
