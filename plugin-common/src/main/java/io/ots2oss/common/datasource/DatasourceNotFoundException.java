package io.ots2oss.common.datasource;

import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;

import java.util.List;

/** The job names a datasource that no catalog defines; the message lists every catalog path tried. */
public class DatasourceNotFoundException extends DataXException {

    private static final long serialVersionUID = 1L;

    public DatasourceNotFoundException(String datasource, List<String> triedPaths) {
        super(CommonErrorCode.CONFIG_ERROR, message(datasource, triedPaths));
    }

    private static String message(String datasource, List<String> triedPaths) {
        if (triedPaths.isEmpty()) {
            return String.format("Datasource [%s] is not defined: no catalog location is configured "
                    + "(set the environment variable %s to a JSON file, or the system property datax.home).",
                    datasource, DatasourceCatalog.ENV_VAR);
        }
        return String.format("Datasource [%s] is not defined in any catalog; tried: %s.", datasource, triedPaths);
    }
}
