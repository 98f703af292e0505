package io.ots2oss.common.datasource;

import com.alibaba.datax.common.util.Configuration;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Fills a plugin's job parameters from the datasource the job names under {@value #DATASOURCE_KEY}: a field the
 * job leaves unset (absent, null or blank) takes the datasource's value; a field the job sets always wins.
 */
public final class DatasourceResolver {

    public static final String DATASOURCE_KEY = "datasource";

    /** Fields otsstreamreader takes from a datasource. */
    public static final List<String> READER_FIELDS = Collections.unmodifiableList(
            Arrays.asList("endpoint", "accessId", "accessKey", "instanceName", "securityToken"));

    /** Fields osswriter takes from a datasource. */
    public static final List<String> WRITER_FIELDS = Collections.unmodifiableList(
            Arrays.asList("endpoint", "accessId", "accessKey", "securityToken", "bucket"));

    /** Supplies the catalog only when a job actually names a datasource. */
    public interface CatalogSource {
        DatasourceCatalog catalog();
    }

    private final CatalogSource catalogSource;

    private DatasourceResolver(CatalogSource catalogSource) {
        this.catalogSource = catalogSource;
    }

    /** Resolves against {@link DatasourceCatalog#locate()}, located only when a job names a datasource. */
    public static DatasourceResolver fromEnvironment() {
        return new DatasourceResolver(new CatalogSource() {
            @Override
            public DatasourceCatalog catalog() {
                return DatasourceCatalog.locate();
            }
        });
    }

    public static DatasourceResolver using(final DatasourceCatalog catalog) {
        return new DatasourceResolver(new CatalogSource() {
            @Override
            public DatasourceCatalog catalog() {
                return catalog;
            }
        });
    }

    /**
     * A new configuration: {@code jobConf} plus the named datasource's values for the {@code acceptedFields}
     * the job left unset. Without a {@value #DATASOURCE_KEY} key it is a plain copy. {@code jobConf} is not changed.
     *
     * @throws DatasourceNotFoundException when the named datasource is in no catalog
     */
    public Configuration resolve(Configuration jobConf, Collection<String> acceptedFields) {
        Configuration resolved = jobConf.clone();
        String name = jobConf.getString(DATASOURCE_KEY);
        if (isUnset(name)) {
            return resolved;
        }
        Datasource datasource = catalogSource.catalog().resolve(name.trim());
        for (String field : acceptedFields) {
            if (isUnset(jobConf.get(field)) && datasource.has(field)) {
                resolved.set(field, datasource.get(field));
            }
        }
        return resolved;
    }

    private static boolean isUnset(Object value) {
        return value == null || (value instanceof String && ((String) value).trim().isEmpty());
    }
}
