export const id = 39;
export const ids = [39];
export const modules = {

/***/ 84039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readParquet: () => (/* binding */ readParquet)
/* harmony export */ });
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27033);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _csv_csv_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72210);
/* harmony import */ var _csv_csv_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71211);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4980);
/* harmony import */ var _open_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54274);
/**
 * Reading Parquet with hyparquet (pure JS, no native build to ship inside an Action).
 *
 * The file is never loaded whole: hyparquet reads through an AsyncBuffer that fetches byte slices
 * from the open file, and rows are decoded one row group at a time, column by column (parquetScan),
 * which is already the column-major shape of a Batch. Values are what hyparquet produces: DATE and
 * TIMESTAMP columns become Date, INT64 stays bigint (even when small: converting only the safe ones
 * would give one column two JS types), strings are strings, nulls null, nested columns objects/arrays.
 * Parquet has no lines, so `lines` holds 1-based row numbers of the file.
 */






/** Reads `file` as Parquet, row group by row group. Throws a DataError for a broken file. */
async function* readParquet(file, options = {}) {
    const batchRows = options.batchRows ?? _csv_csv_options_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BATCH_ROWS */ .V;
    const { handle, size } = await (0,_open_file_js__WEBPACK_IMPORTED_MODULE_4__/* .openDataFile */ .f)(file);
    try {
        if (size === 0)
            throw (0,_csv_csv_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyFileError */ .OR)(file);
        const buffer = fileAsyncBuffer(handle, size);
        let metadata;
        try {
            metadata = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_5__/* .parquetMetadataAsync */ .Ei)(buffer);
        }
        catch (error) {
            throw brokenParquet(file, error, 'its footer (metadata) cannot be read');
        }
        const columns = (0,hyparquet__WEBPACK_IMPORTED_MODULE_5__/* .parquetSchema */ .YR)(metadata).children.map((child) => child.element.name);
        if (Number(metadata.num_rows) === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NoRowsError */ .TO(file, columns);
        let rowOffset = 0;
        let groupStart = 0;
        for (const [groupIndex, group] of metadata.row_groups.entries()) {
            const groupRows = Number(group.num_rows);
            const groupEnd = groupStart + groupRows;
            const data = [];
            try {
                // one scan per row group keeps at most one group's decoded columns in memory
                const scan = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_6__/* .parquetScan */ .Ik)({ file: buffer, metadata, rowStart: groupStart, rowEnd: groupEnd });
                for (const column of columns) {
                    data.push(Array.from(await scan.readColumn({ column, rowStart: groupStart, rowEnd: groupEnd })));
                }
            }
            catch (error) {
                throw brokenParquet(file, error, `row group ${groupIndex} (rows ${groupStart + 1}-${groupEnd}) cannot be decoded`, groupStart + 1);
            }
            for (let from = 0; from < groupRows; from += batchRows) {
                const to = Math.min(groupRows, from + batchRows);
                const lines = new Int32Array(to - from);
                for (let i = 0; i < lines.length; i++)
                    lines[i] = groupStart + from + i + 1;
                yield {
                    file,
                    columns,
                    rowCount: to - from,
                    rowOffset,
                    lines,
                    cells: data.map((column) => (from === 0 && to === groupRows ? column : column.slice(from, to))),
                };
                rowOffset += to - from;
            }
            groupStart = groupEnd;
        }
    }
    finally {
        await handle.close();
    }
}
/** An AsyncBuffer that reads slices of an open file on demand. */
function fileAsyncBuffer(handle, size) {
    return {
        byteLength: size,
        async slice(start, end = size) {
            const length = Math.max(0, Math.min(end, size) - start);
            const bytes = new Uint8Array(length);
            let got = 0;
            while (got < length) {
                const { bytesRead } = await handle.read(bytes, got, length - got, start + got);
                if (bytesRead === 0)
                    break;
                got += bytesRead;
            }
            return got === length ? bytes.buffer : bytes.buffer.slice(0, got);
        },
    };
}
function brokenParquet(file, error, what, line) {
    if (error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL)
        return error;
    const reason = error instanceof Error ? error.message : String(error);
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${file} is not a readable Parquet file: ${what} (${reason})`, {
        location: { file, line },
        hint: 'The file may be truncated or not Parquet at all: re-export it (e.g. pandas `to_parquet`), or if it is another format, fix its extension or set the format option.',
        cause: error,
    });
}


/***/ })

};
