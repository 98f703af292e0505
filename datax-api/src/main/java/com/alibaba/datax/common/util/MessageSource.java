package com.alibaba.datax.common.util;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Localised messages from {@code <base>.properties} bundles next to a class. A missing bundle or key yields the
 * key itself (or the given default), never an exception.
 */
public class MessageSource {

    public static Locale locale = Locale.SIMPLIFIED_CHINESE;
    public static TimeZone timeZone = TimeZone.getTimeZone("GMT+8");

    private static final Map<String, MessageSource> CACHE = new ConcurrentHashMap<String, MessageSource>();

    private final ResourceBundle bundle;

    private MessageSource(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static MessageSource loadResourceBundle(String baseName) {
        return loadResourceBundle(baseName, locale, timeZone);
    }

    public static <T> MessageSource loadResourceBundle(Class<T> clazz) {
        return loadResourceBundle(clazz, locale, timeZone);
    }

    public static <T> MessageSource loadResourceBundle(Class<T> clazz, Locale locale, TimeZone timeZone) {
        return loadResourceBundle(bundleName(clazz), locale, timeZone);
    }

    public static MessageSource loadResourceBundle(String baseName, Locale locale, TimeZone timeZone) {
        String cacheKey = baseName + "#" + locale;
        MessageSource source = CACHE.get(cacheKey);
        if (source == null) {
            source = new MessageSource(findBundle(baseName, locale));
            CACHE.put(cacheKey, source);
        }
        return source;
    }

    public static <T> boolean unloadResourceBundle(Class<T> clazz) {
        return CACHE.remove(bundleName(clazz) + "#" + locale) != null;
    }

    public static <T> MessageSource reloadResourceBundle(Class<T> clazz) {
        unloadResourceBundle(clazz);
        return loadResourceBundle(clazz);
    }

    public static void setEnvironment(Locale locale, TimeZone timeZone) {
        MessageSource.locale = locale;
        MessageSource.timeZone = timeZone;
    }

    /** Reads {@code common.column.timeZone} and {@code core.environment.locale} (e.g. {@code en_US}). */
    public static void init(Configuration configuration) {
        String localeText = configuration.getString("core.environment.locale");
        Locale chosen = localeText == null ? locale : parseLocale(localeText);
        TimeZone zone = TimeZone.getTimeZone(configuration.getString("common.column.timeZone", timeZone.getID()));
        setEnvironment(chosen, zone);
    }

    public static void clearCache() {
        CACHE.clear();
    }

    public String message(String code) {
        return messageWithDefaultMessage(code, null);
    }

    public String message(String code, String args1) {
        return messageWithDefaultMessage(code, null, args1);
    }

    public String message(String code, String args1, String args2) {
        return messageWithDefaultMessage(code, null, args1, args2);
    }

    public String message(String code, String args1, String args2, String args3) {
        return messageWithDefaultMessage(code, null, args1, args2, args3);
    }

    public String message(String code, Object... args) {
        return messageWithDefaultMessage(code, null, args);
    }

    public String messageWithDefaultMessage(String code, String defaultMessage) {
        return messageWithDefaultMessage(code, defaultMessage, new Object[0]);
    }

    public String messageWithDefaultMessage(String code, String defaultMessage, Object... args) {
        String pattern = lookup(code);
        if (pattern == null) {
            pattern = defaultMessage == null ? code : defaultMessage;
        }
        return args == null || args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    private String lookup(String code) {
        if (bundle == null || code == null) {
            return null;
        }
        try {
            return bundle.getString(code);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String bundleName(Class<?> clazz) {
        return clazz.getPackage() == null ? "LocalStrings" : clazz.getPackage().getName() + ".LocalStrings";
    }

    private static ResourceBundle findBundle(String baseName, Locale locale) {
        try {
            return ResourceBundle.getBundle(baseName, locale, Thread.currentThread().getContextClassLoader() == null
                    ? MessageSource.class.getClassLoader() : Thread.currentThread().getContextClassLoader());
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static Locale parseLocale(String text) {
        String[] parts = text.trim().split("[_-]");
        return parts.length > 1 ? new Locale(parts[0], parts[1]) : new Locale(parts[0]);
    }
}
