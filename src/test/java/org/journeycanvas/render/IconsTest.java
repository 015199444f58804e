package org.journeycanvas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;

/** Icons keeps the icons' code points as numbers; each is the one Ikonli's enum of that name has. */
class IconsTest {
    @Test
    void everyCodePointIsTheIconItIsNamedAfter() throws Exception {
        List<Field> codePoints = Arrays.stream(Icons.class.getDeclaredFields())
                .filter(field -> field.getType() == int.class && Modifier.isStatic(field.getModifiers()))
                .toList();
        assertThat(codePoints).hasSizeGreaterThan(30);
        for (Field field : codePoints) {
            field.setAccessible(true);
            String name = field.getName();
            Class<?> pack = Class.forName("org.kordamp.ikonli.materialdesign2.MaterialDesign" + name.charAt(0));
            Ikon icon = (Ikon) pack.getField(name).get(null);
            assertThat(field.getInt(null)).as(name).isEqualTo(icon.getCode());
        }
    }
}
