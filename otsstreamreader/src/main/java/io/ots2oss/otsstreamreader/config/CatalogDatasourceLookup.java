package io.ots2oss.otsstreamreader.config;

import io.ots2oss.common.datasource.Datasource;
import io.ots2oss.common.datasource.DatasourceCatalog;
import io.ots2oss.common.datasource.DatasourceResolver;

import java.util.HashMap;
import java.util.Map;

/** Looks data sources up in the local catalog ($DATAX_DATASOURCES or ${datax.home}/conf/datasources.json). */
public final class CatalogDatasourceLookup implements DatasourceLookup {
    @Override
    public Map<String, String> connectionKeys(String datasourceName) {
        Datasource datasource = DatasourceCatalog.locate().resolve(datasourceName);
        Map<String, String> keys = new HashMap<String, String>();
        for (String field : DatasourceResolver.READER_FIELDS) {
            if (datasource.has(field)) {
                keys.put(field, datasource.get(field));
            }
        }
        return keys;
    }
}
