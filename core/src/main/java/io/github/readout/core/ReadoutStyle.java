package io.github.readout.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the model: {@code ImmutableX} classes
 * with builders, {@code with…} copies and {@code from(…)}, plain JDK collections and no nulls.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        typeAbstract = "*",
        typeImmutable = "Immutable*",
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true),
        privateNoargConstructor = false,
        clearBuilder = false)
@interface ReadoutStyle {}
