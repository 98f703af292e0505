package io.ots2oss.common.datasource;

import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;

/** A catalog file that cannot be read or does not have the expected shape. The message names the file. */
public class DatasourceCatalogException extends DataXException {

    private static final long serialVersionUID = 1L;

    public DatasourceCatalogException(String message) {
        super(CommonErrorCode.CONFIG_ERROR, message);
    }
}
