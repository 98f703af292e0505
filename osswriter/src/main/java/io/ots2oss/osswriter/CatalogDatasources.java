package io.ots2oss.osswriter;

import java.util.HashMap;
import java.util.Map;

import com.alibaba.datax.common.exception.DataXException;

import io.ots2oss.common.datasource.Datasource;
import io.ots2oss.common.datasource.DatasourceCatalog;
import io.ots2oss.common.datasource.DatasourceResolver;
import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.config.DatasourceLookup;
import io.ots2oss.osswriter.config.Keys;

/** Resolves {@code datasource} from the same local catalog as the reader ({@code DATAX_DATASOURCES} or {@code conf/datasources.json}). */
final class CatalogDatasources implements DatasourceLookup {
    @Override
    public Map<String, String> resolve(String name) {
        Datasource datasource;
        try {
            datasource = DatasourceCatalog.locate().resolve(name);
        } catch (DataXException e) {
            throw new ConfigError(Keys.DATASOURCE, "Job key 'datasource' = [" + name + "]: " + e.getMessage());
        }
        Map<String, String> fields = new HashMap<String, String>();
        for (String field : DatasourceResolver.WRITER_FIELDS) {
            if (datasource.has(field)) {
                fields.put(field, datasource.get(field));
            }
        }
        return fields;
    }
}
