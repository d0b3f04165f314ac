-- Esquema actual de la base de Escritorio.
-- GENERADO, NO EDITAR: «python -m escritorio.datos.esquema.actual» lo regenera a partir de las migraciones
-- (escritorio/datos/esquema/__init__.py y esquema/documentos.py, que son la fuente y solo crecen).
-- Última migración: 0076_voto_electronico (63 migraciones).
-- Cada tabla va en el orden de la migración que la creó, seguida de sus índices y después sus triggers, en
-- el orden en que se crearon. No incluye el registro de migraciones (_sqlite_migrations, de sqlite-utils) ni los
-- índices automáticos de PRIMARY KEY y UNIQUE.


-- ==================== 0001_registro ===================================================================

-- asociaciones (creada en 0001_registro)
--   columnas de 0003_cuotas: cuotas_para_suspender, articulo_suspension, niveles_aviso
--   columnas de 0012_reglas_del_dominio: tolerancia_porcentaje, tolerancia_unidades, articulo_tolerancia, articulo_suspension_mandatos
--   columnas de 0015_idioma_de_los_documentos: idioma_documentos
--   columnas de 0025_direccion_publica: direccion_publica
--   columnas de 0044_admision_primera_cuota_y_exclusion: admision_dias, articulo_admision, gracia_primera_cuota, articulo_gracia, cuota_exclusion, articulo_exclusion
CREATE TABLE asociaciones (
    id INTEGER PRIMARY KEY,
    nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    sigla TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(sigla)) > 0),
    tipo TEXT NOT NULL DEFAULT 'red representativa',
    fecha_fundacion TEXT CHECK (fecha_fundacion IS NULL OR date(fecha_fundacion) IS fecha_fundacion),
    sede TEXT,
    idiomas TEXT NOT NULL DEFAULT 'es',
    papel TEXT NOT NULL DEFAULT 'A4' CHECK (papel IN ('A4', 'Carta', 'Oficio')),
    creada_en TEXT NOT NULL DEFAULT (datetime('now'))
    , cuotas_para_suspender INTEGER CHECK (cuotas_para_suspender > 0)
    , articulo_suspension TEXT
    , niveles_aviso TEXT NOT NULL DEFAULT '30,90,180'
    , tolerancia_porcentaje INTEGER NOT NULL DEFAULT 0 CHECK (tolerancia_porcentaje BETWEEN 0 AND 100)
    , tolerancia_unidades INTEGER NOT NULL DEFAULT 0 CHECK (tolerancia_unidades BETWEEN 0 AND 1000000)
    , articulo_tolerancia TEXT
    , articulo_suspension_mandatos TEXT
    , idioma_documentos TEXT NOT NULL DEFAULT 'es' CHECK (idioma_documentos IN ('es', 'pt'))
    , direccion_publica TEXT CHECK (direccion_publica IS NULL OR substr(direccion_publica, 1, 7) = 'http://' OR substr(direccion_publica, 1, 8) = 'https://')
    , admision_dias INTEGER NOT NULL DEFAULT 1 CHECK (admision_dias BETWEEN 0 AND 365)
    , articulo_admision TEXT
    , gracia_primera_cuota INTEGER CHECK (gracia_primera_cuota IS NULL OR gracia_primera_cuota BETWEEN 1 AND 365)
    , articulo_gracia TEXT
    , cuota_exclusion TEXT NOT NULL DEFAULT 'como_la_baja' CHECK (cuota_exclusion IN ('como_la_baja', 'completo', 'hasta_el_mes'))
    , articulo_exclusion TEXT
);

CREATE TRIGGER bitacora_asociaciones_alta AFTER INSERT ON asociaciones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('asociaciones', NEW.id, 'alta', json_array(NEW.id, NEW.nombre, NEW.sigla, NEW.tipo, NEW.fecha_fundacion, NEW.sede, NEW.idiomas, NEW.papel, NEW.creada_en, NEW.cuotas_para_suspender, NEW.articulo_suspension, NEW.niveles_aviso, NEW.tolerancia_porcentaje, NEW.tolerancia_unidades, NEW.articulo_tolerancia, NEW.articulo_suspension_mandatos, NEW.idioma_documentos, NEW.direccion_publica, NEW.admision_dias, NEW.articulo_admision, NEW.gracia_primera_cuota, NEW.articulo_gracia, NEW.cuota_exclusion, NEW.articulo_exclusion)); END;

CREATE TRIGGER bitacora_asociaciones_cambio AFTER UPDATE ON asociaciones WHEN OLD.id IS NOT NEW.id OR OLD.nombre IS NOT NEW.nombre OR OLD.sigla IS NOT NEW.sigla OR OLD.tipo IS NOT NEW.tipo OR OLD.fecha_fundacion IS NOT NEW.fecha_fundacion OR OLD.sede IS NOT NEW.sede OR OLD.idiomas IS NOT NEW.idiomas OR OLD.papel IS NOT NEW.papel OR OLD.creada_en IS NOT NEW.creada_en OR OLD.cuotas_para_suspender IS NOT NEW.cuotas_para_suspender OR OLD.articulo_suspension IS NOT NEW.articulo_suspension OR OLD.niveles_aviso IS NOT NEW.niveles_aviso OR OLD.tolerancia_porcentaje IS NOT NEW.tolerancia_porcentaje OR OLD.tolerancia_unidades IS NOT NEW.tolerancia_unidades OR OLD.articulo_tolerancia IS NOT NEW.articulo_tolerancia OR OLD.articulo_suspension_mandatos IS NOT NEW.articulo_suspension_mandatos OR OLD.idioma_documentos IS NOT NEW.idioma_documentos OR OLD.direccion_publica IS NOT NEW.direccion_publica OR OLD.admision_dias IS NOT NEW.admision_dias OR OLD.articulo_admision IS NOT NEW.articulo_admision OR OLD.gracia_primera_cuota IS NOT NEW.gracia_primera_cuota OR OLD.articulo_gracia IS NOT NEW.articulo_gracia OR OLD.cuota_exclusion IS NOT NEW.cuota_exclusion OR OLD.articulo_exclusion IS NOT NEW.articulo_exclusion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('asociaciones', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.nombre, OLD.sigla, OLD.tipo, OLD.fecha_fundacion, OLD.sede, OLD.idiomas, OLD.papel, OLD.creada_en, OLD.cuotas_para_suspender, OLD.articulo_suspension, OLD.niveles_aviso, OLD.tolerancia_porcentaje, OLD.tolerancia_unidades, OLD.articulo_tolerancia, OLD.articulo_suspension_mandatos, OLD.idioma_documentos, OLD.direccion_publica, OLD.admision_dias, OLD.articulo_admision, OLD.gracia_primera_cuota, OLD.articulo_gracia, OLD.cuota_exclusion, OLD.articulo_exclusion), 'despues', json_array(NEW.id, NEW.nombre, NEW.sigla, NEW.tipo, NEW.fecha_fundacion, NEW.sede, NEW.idiomas, NEW.papel, NEW.creada_en, NEW.cuotas_para_suspender, NEW.articulo_suspension, NEW.niveles_aviso, NEW.tolerancia_porcentaje, NEW.tolerancia_unidades, NEW.articulo_tolerancia, NEW.articulo_suspension_mandatos, NEW.idioma_documentos, NEW.direccion_publica, NEW.admision_dias, NEW.articulo_admision, NEW.gracia_primera_cuota, NEW.articulo_gracia, NEW.cuota_exclusion, NEW.articulo_exclusion))); END;

CREATE TRIGGER bitacora_asociaciones_baja AFTER DELETE ON asociaciones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('asociaciones', OLD.id, 'borrado', json_array(OLD.id, OLD.nombre, OLD.sigla, OLD.tipo, OLD.fecha_fundacion, OLD.sede, OLD.idiomas, OLD.papel, OLD.creada_en, OLD.cuotas_para_suspender, OLD.articulo_suspension, OLD.niveles_aviso, OLD.tolerancia_porcentaje, OLD.tolerancia_unidades, OLD.articulo_tolerancia, OLD.articulo_suspension_mandatos, OLD.idioma_documentos, OLD.direccion_publica, OLD.admision_dias, OLD.articulo_admision, OLD.gracia_primera_cuota, OLD.articulo_gracia, OLD.cuota_exclusion, OLD.articulo_exclusion)); END;

-- paises_asociacion (creada en 0001_registro)
CREATE TABLE paises_asociacion (
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id) ON DELETE CASCADE,
    pais TEXT NOT NULL CHECK (length(pais) = 2 AND pais = upper(pais)),
    categoria TEXT NOT NULL CHECK (categoria IN ('pleno', 'asociado', 'observador')),
    PRIMARY KEY (asociacion_id, pais)
);

CREATE TRIGGER bitacora_paises_asociacion_alta AFTER INSERT ON paises_asociacion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('paises_asociacion', NEW.asociacion_id, 'alta', json_array(NEW.asociacion_id, NEW.pais, NEW.categoria)); END;

CREATE TRIGGER bitacora_paises_asociacion_cambio AFTER UPDATE ON paises_asociacion WHEN OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.pais IS NOT NEW.pais OR OLD.categoria IS NOT NEW.categoria BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('paises_asociacion', NEW.asociacion_id, 'cambio',
        json_object('antes', json_array(OLD.asociacion_id, OLD.pais, OLD.categoria), 'despues', json_array(NEW.asociacion_id, NEW.pais, NEW.categoria))); END;

CREATE TRIGGER bitacora_paises_asociacion_baja AFTER DELETE ON paises_asociacion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('paises_asociacion', OLD.asociacion_id, 'borrado', json_array(OLD.asociacion_id, OLD.pais, OLD.categoria)); END;

-- miembros (creada en 0001_registro)
--   columnas de 0010_clave_de_miembro: clave
CREATE TABLE miembros (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    tipo TEXT NOT NULL DEFAULT 'municipio'
        CHECK (tipo IN ('municipio', 'gobierno_regional', 'asociacion_nacional')),
    nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    pais TEXT NOT NULL CHECK (length(pais) = 2 AND pais = upper(pais)),
    region TEXT,
    codigo TEXT,
    fecha_ingreso TEXT CHECK (fecha_ingreso IS NULL OR date(fecha_ingreso) IS fecha_ingreso),
    modo_ingreso TEXT NOT NULL DEFAULT 'solicitud_propia'
        CHECK (modo_ingreso IN ('solicitud_propia', 'designacion')),
    fundador INTEGER NOT NULL DEFAULT 0 CHECK (fundador IN (0, 1)),
    correo TEXT,
    telefono TEXT,
    creado_en TEXT NOT NULL DEFAULT (datetime('now'))
    , clave TEXT
);

CREATE UNIQUE INDEX miembros_codigo ON miembros(asociacion_id, codigo) WHERE codigo IS NOT NULL;

CREATE INDEX miembros_asociacion_pais ON miembros(asociacion_id, pais);

CREATE UNIQUE INDEX miembros_clave ON miembros(asociacion_id, clave) WHERE clave IS NOT NULL AND codigo IS NULL;

CREATE TRIGGER bitacora_miembros_alta AFTER INSERT ON miembros BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('miembros', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.tipo, NEW.nombre, NEW.pais, NEW.region, NEW.codigo, NEW.fecha_ingreso, NEW.modo_ingreso, NEW.fundador, NEW.correo, NEW.telefono, NEW.creado_en)); END;

CREATE TRIGGER bitacora_miembros_cambio AFTER UPDATE ON miembros WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.tipo IS NOT NEW.tipo OR OLD.nombre IS NOT NEW.nombre OR OLD.pais IS NOT NEW.pais OR OLD.region IS NOT NEW.region OR OLD.codigo IS NOT NEW.codigo OR OLD.fecha_ingreso IS NOT NEW.fecha_ingreso OR OLD.modo_ingreso IS NOT NEW.modo_ingreso OR OLD.fundador IS NOT NEW.fundador OR OLD.correo IS NOT NEW.correo OR OLD.telefono IS NOT NEW.telefono OR OLD.creado_en IS NOT NEW.creado_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('miembros', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.tipo, OLD.nombre, OLD.pais, OLD.region, OLD.codigo, OLD.fecha_ingreso, OLD.modo_ingreso, OLD.fundador, OLD.correo, OLD.telefono, OLD.creado_en), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.tipo, NEW.nombre, NEW.pais, NEW.region, NEW.codigo, NEW.fecha_ingreso, NEW.modo_ingreso, NEW.fundador, NEW.correo, NEW.telefono, NEW.creado_en))); END;

CREATE TRIGGER bitacora_miembros_baja AFTER DELETE ON miembros BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('miembros', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.tipo, OLD.nombre, OLD.pais, OLD.region, OLD.codigo, OLD.fecha_ingreso, OLD.modo_ingreso, OLD.fundador, OLD.correo, OLD.telefono, OLD.creado_en)); END;

-- estados_miembro (creada en 0001_registro)
CREATE TABLE estados_miembro (
    id INTEGER PRIMARY KEY,
    miembro_id INTEGER NOT NULL REFERENCES miembros(id) ON DELETE CASCADE,
    estado TEXT NOT NULL CHECK (estado IN ('activo', 'suspendido', 'baja', 'solicitante')),
    desde TEXT NOT NULL CHECK (desde IS NULL OR date(desde) IS desde),
    motivo TEXT,
    registrado_en TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE INDEX estados_miembro_miembro ON estados_miembro(miembro_id, desde, id);

CREATE TRIGGER bitacora_estados_miembro_alta AFTER INSERT ON estados_miembro BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('estados_miembro', NEW.id, 'alta', json_array(NEW.id, NEW.miembro_id, NEW.estado, NEW.desde, NEW.motivo, NEW.registrado_en)); END;

CREATE TRIGGER bitacora_estados_miembro_cambio AFTER UPDATE ON estados_miembro WHEN OLD.id IS NOT NEW.id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.estado IS NOT NEW.estado OR OLD.desde IS NOT NEW.desde OR OLD.motivo IS NOT NEW.motivo OR OLD.registrado_en IS NOT NEW.registrado_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('estados_miembro', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.miembro_id, OLD.estado, OLD.desde, OLD.motivo, OLD.registrado_en), 'despues', json_array(NEW.id, NEW.miembro_id, NEW.estado, NEW.desde, NEW.motivo, NEW.registrado_en))); END;

CREATE TRIGGER bitacora_estados_miembro_baja AFTER DELETE ON estados_miembro BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('estados_miembro', OLD.id, 'borrado', json_array(OLD.id, OLD.miembro_id, OLD.estado, OLD.desde, OLD.motivo, OLD.registrado_en)); END;

-- autoridades (creada en 0001_registro)
CREATE TABLE autoridades (
    id INTEGER PRIMARY KEY,
    miembro_id INTEGER NOT NULL REFERENCES miembros(id) ON DELETE CASCADE,
    persona TEXT NOT NULL CHECK (length(trim(persona)) > 0),
    cargo TEXT NOT NULL,
    desde TEXT CHECK (desde IS NULL OR date(desde) IS desde),
    hasta TEXT CHECK (hasta IS NULL OR date(hasta) IS hasta),
    CHECK (hasta IS NULL OR desde IS NULL OR hasta >= desde)
);

CREATE INDEX autoridades_miembro ON autoridades(miembro_id, hasta);

CREATE TRIGGER bitacora_autoridades_alta AFTER INSERT ON autoridades BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('autoridades', NEW.id, 'alta', json_array(NEW.id, NEW.miembro_id, iif(NEW.persona IS NULL, NULL, '§'), NEW.cargo, NEW.desde, NEW.hasta));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(NEW.persona))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_autoridades_cambio AFTER UPDATE ON autoridades WHEN OLD.id IS NOT NEW.id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.persona IS NOT NEW.persona OR OLD.cargo IS NOT NEW.cargo OR OLD.desde IS NOT NEW.desde OR OLD.hasta IS NOT NEW.hasta BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('autoridades', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.miembro_id, iif(OLD.persona IS NULL, NULL, '§'), OLD.cargo, OLD.desde, OLD.hasta), 'despues', json_array(NEW.id, NEW.miembro_id, iif(NEW.persona IS NULL, NULL, '§'), NEW.cargo, NEW.desde, NEW.hasta)));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(OLD.persona)), (1002, json_quote(NEW.persona))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_autoridades_baja AFTER DELETE ON autoridades BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('autoridades', OLD.id, 'borrado', json_array(OLD.id, OLD.miembro_id, iif(OLD.persona IS NULL, NULL, '§'), OLD.cargo, OLD.desde, OLD.hasta));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(OLD.persona))) WHERE column2 <> 'null'; END;

-- contactos (creada en 0001_registro)
--   columnas de 0027_correo: recibe
CREATE TABLE contactos (
    id INTEGER PRIMARY KEY,
    miembro_id INTEGER NOT NULL REFERENCES miembros(id) ON DELETE CASCADE,
    nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    rol TEXT,
    correo TEXT,
    telefono TEXT
    , recibe TEXT
);

CREATE INDEX contactos_miembro ON contactos(miembro_id);

CREATE TRIGGER bitacora_contactos_alta AFTER INSERT ON contactos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('contactos', NEW.id, 'alta', json_array(NEW.id, NEW.miembro_id, iif(NEW.nombre IS NULL, NULL, '§'), NEW.rol, iif(NEW.correo IS NULL, NULL, '§'), iif(NEW.telefono IS NULL, NULL, '§'), NEW.recibe));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(NEW.nombre)), (4, json_quote(NEW.correo)), (5, json_quote(NEW.telefono))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_contactos_cambio AFTER UPDATE ON contactos WHEN OLD.id IS NOT NEW.id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.nombre IS NOT NEW.nombre OR OLD.rol IS NOT NEW.rol OR OLD.correo IS NOT NEW.correo OR OLD.telefono IS NOT NEW.telefono OR OLD.recibe IS NOT NEW.recibe BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('contactos', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.miembro_id, iif(OLD.nombre IS NULL, NULL, '§'), OLD.rol, iif(OLD.correo IS NULL, NULL, '§'), iif(OLD.telefono IS NULL, NULL, '§'), OLD.recibe), 'despues', json_array(NEW.id, NEW.miembro_id, iif(NEW.nombre IS NULL, NULL, '§'), NEW.rol, iif(NEW.correo IS NULL, NULL, '§'), iif(NEW.telefono IS NULL, NULL, '§'), NEW.recibe)));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(OLD.nombre)), (4, json_quote(OLD.correo)), (5, json_quote(OLD.telefono)), (1002, json_quote(NEW.nombre)), (1004, json_quote(NEW.correo)), (1005, json_quote(NEW.telefono))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_contactos_baja AFTER DELETE ON contactos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('contactos', OLD.id, 'borrado', json_array(OLD.id, OLD.miembro_id, iif(OLD.nombre IS NULL, NULL, '§'), OLD.rol, iif(OLD.correo IS NULL, NULL, '§'), iif(OLD.telefono IS NULL, NULL, '§'), OLD.recibe));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(OLD.nombre)), (4, json_quote(OLD.correo)), (5, json_quote(OLD.telefono))) WHERE column2 <> 'null'; END;

-- poblaciones (creada en 0001_registro)
--   columnas de 0002_poblacion_con_vigencia: vigente_desde
CREATE TABLE "poblaciones" (
    id INTEGER PRIMARY KEY,
    miembro_id INTEGER NOT NULL REFERENCES miembros(id) ON DELETE CASCADE,
    cifra INTEGER NOT NULL CHECK (cifra >= 0),
    anio INTEGER CHECK (anio IS NULL OR anio BETWEEN 1800 AND 2200),
    fuente TEXT,
    vigente_desde TEXT CHECK (vigente_desde IS NULL OR date(vigente_desde) IS vigente_desde),
    registrada_en TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE INDEX poblaciones_miembro ON poblaciones(miembro_id);

CREATE TRIGGER bitacora_poblaciones_alta AFTER INSERT ON poblaciones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('poblaciones', NEW.id, 'alta', json_array(NEW.id, NEW.miembro_id, NEW.cifra, NEW.anio, NEW.fuente, NEW.vigente_desde, NEW.registrada_en)); END;

CREATE TRIGGER bitacora_poblaciones_cambio AFTER UPDATE ON poblaciones WHEN OLD.id IS NOT NEW.id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.cifra IS NOT NEW.cifra OR OLD.anio IS NOT NEW.anio OR OLD.fuente IS NOT NEW.fuente OR OLD.vigente_desde IS NOT NEW.vigente_desde OR OLD.registrada_en IS NOT NEW.registrada_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('poblaciones', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.miembro_id, OLD.cifra, OLD.anio, OLD.fuente, OLD.vigente_desde, OLD.registrada_en), 'despues', json_array(NEW.id, NEW.miembro_id, NEW.cifra, NEW.anio, NEW.fuente, NEW.vigente_desde, NEW.registrada_en))); END;

CREATE TRIGGER bitacora_poblaciones_baja AFTER DELETE ON poblaciones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('poblaciones', OLD.id, 'borrado', json_array(OLD.id, OLD.miembro_id, OLD.cifra, OLD.anio, OLD.fuente, OLD.vigente_desde, OLD.registrada_en)); END;


-- ==================== 0003_cuotas =====================================================================

-- escalas (creada en 0003_cuotas)
--   columnas de 0012_reglas_del_dominio: articulo_ingreso
--   columnas de 0021_mandatos: regla_baja, articulo_baja
CREATE TABLE escalas (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    tipo_cargo TEXT NOT NULL DEFAULT 'cuota_anual'
        CHECK (tipo_cargo IN ('cuota_anual', 'cuota_ingreso', 'extraordinaria')),
    desde TEXT NOT NULL CHECK (desde IS NULL OR date(desde) IS desde),
    hasta TEXT CHECK (hasta IS NULL OR date(hasta) IS hasta),
    moneda TEXT NOT NULL CHECK (length(moneda) = 3 AND moneda = upper(moneda)),
    articulo TEXT,
    aprobada_por TEXT,
    dia_referencia TEXT NOT NULL DEFAULT '01-01' CHECK (dia_referencia GLOB '[0-1][0-9]-[0-3][0-9]'),
    dia_vencimiento TEXT NOT NULL DEFAULT '03-31' CHECK (dia_vencimiento GLOB '[0-1][0-9]-[0-3][0-9]'),
    regla_ingreso TEXT NOT NULL DEFAULT 'completa'
        CHECK (regla_ingreso IN ('completa', 'prorrateo', 'desde_siguiente')),
    creada_en TEXT NOT NULL DEFAULT (datetime('now')), articulo_ingreso TEXT, regla_baja TEXT NOT NULL DEFAULT 'completo' CHECK (regla_baja IN ('completo', 'hasta_el_mes')), articulo_baja TEXT,
    CHECK (hasta IS NULL OR hasta >= desde)
);

CREATE TRIGGER escalas_dinero_alta BEFORE INSERT ON escalas
    BEGIN
      SELECT RAISE(ABORT, 'La moneda debe ser un código ISO 4217 de tres letras mayúsculas (por ejemplo USD, ARS o BRL): no se guardó nada.') WHERE NEW.moneda NOT GLOB '[A-Z][A-Z][A-Z]';
    END;

CREATE TRIGGER escalas_dinero_cambio BEFORE UPDATE OF moneda ON escalas
    BEGIN
      SELECT RAISE(ABORT, 'La moneda debe ser un código ISO 4217 de tres letras mayúsculas (por ejemplo USD, ARS o BRL): no se guardó nada.') WHERE NEW.moneda NOT GLOB '[A-Z][A-Z][A-Z]';
    END;

CREATE TRIGGER bitacora_escalas_alta AFTER INSERT ON escalas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('escalas', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.tipo_cargo, NEW.desde, NEW.hasta, NEW.moneda, NEW.articulo, NEW.aprobada_por, NEW.dia_referencia, NEW.dia_vencimiento, NEW.regla_ingreso, NEW.creada_en, NEW.articulo_ingreso, NEW.regla_baja, NEW.articulo_baja)); END;

CREATE TRIGGER bitacora_escalas_cambio AFTER UPDATE ON escalas WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.tipo_cargo IS NOT NEW.tipo_cargo OR OLD.desde IS NOT NEW.desde OR OLD.hasta IS NOT NEW.hasta OR OLD.moneda IS NOT NEW.moneda OR OLD.articulo IS NOT NEW.articulo OR OLD.aprobada_por IS NOT NEW.aprobada_por OR OLD.dia_referencia IS NOT NEW.dia_referencia OR OLD.dia_vencimiento IS NOT NEW.dia_vencimiento OR OLD.regla_ingreso IS NOT NEW.regla_ingreso OR OLD.creada_en IS NOT NEW.creada_en OR OLD.articulo_ingreso IS NOT NEW.articulo_ingreso OR OLD.regla_baja IS NOT NEW.regla_baja OR OLD.articulo_baja IS NOT NEW.articulo_baja BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('escalas', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.tipo_cargo, OLD.desde, OLD.hasta, OLD.moneda, OLD.articulo, OLD.aprobada_por, OLD.dia_referencia, OLD.dia_vencimiento, OLD.regla_ingreso, OLD.creada_en, OLD.articulo_ingreso, OLD.regla_baja, OLD.articulo_baja), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.tipo_cargo, NEW.desde, NEW.hasta, NEW.moneda, NEW.articulo, NEW.aprobada_por, NEW.dia_referencia, NEW.dia_vencimiento, NEW.regla_ingreso, NEW.creada_en, NEW.articulo_ingreso, NEW.regla_baja, NEW.articulo_baja))); END;

CREATE TRIGGER bitacora_escalas_baja AFTER DELETE ON escalas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('escalas', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.tipo_cargo, OLD.desde, OLD.hasta, OLD.moneda, OLD.articulo, OLD.aprobada_por, OLD.dia_referencia, OLD.dia_vencimiento, OLD.regla_ingreso, OLD.creada_en, OLD.articulo_ingreso, OLD.regla_baja, OLD.articulo_baja)); END;

-- tramos (creada en 0003_cuotas)
CREATE TABLE tramos (
    escala_id INTEGER NOT NULL REFERENCES escalas(id) ON DELETE CASCADE,
    desde_poblacion INTEGER NOT NULL CHECK (desde_poblacion >= 0),
    importe INTEGER NOT NULL CHECK (importe > 0),
    PRIMARY KEY (escala_id, desde_poblacion)
);

CREATE TRIGGER bitacora_tramos_alta AFTER INSERT ON tramos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('tramos', NEW.escala_id, 'alta', json_array(NEW.escala_id, NEW.desde_poblacion, NEW.importe)); END;

CREATE TRIGGER bitacora_tramos_cambio AFTER UPDATE ON tramos WHEN OLD.escala_id IS NOT NEW.escala_id OR OLD.desde_poblacion IS NOT NEW.desde_poblacion OR OLD.importe IS NOT NEW.importe BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('tramos', NEW.escala_id, 'cambio',
        json_object('antes', json_array(OLD.escala_id, OLD.desde_poblacion, OLD.importe), 'despues', json_array(NEW.escala_id, NEW.desde_poblacion, NEW.importe))); END;

CREATE TRIGGER bitacora_tramos_baja AFTER DELETE ON tramos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('tramos', OLD.escala_id, 'borrado', json_array(OLD.escala_id, OLD.desde_poblacion, OLD.importe)); END;

CREATE TRIGGER tramos_dinero_alta BEFORE INSERT ON tramos
    BEGIN
      SELECT RAISE(ABORT, 'Un importe está fuera de lo posible (el máximo es 999.999.999.999,99): no se guardó nada.') WHERE abs(NEW.importe) > 1000000000000000;
    END;

CREATE TRIGGER tramos_dinero_cambio BEFORE UPDATE OF importe ON tramos
    BEGIN
      SELECT RAISE(ABORT, 'Un importe está fuera de lo posible (el máximo es 999.999.999.999,99): no se guardó nada.') WHERE abs(NEW.importe) > 1000000000000000;
    END;

-- cargos (creada en 0003_cuotas)
CREATE TABLE cargos (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    miembro_id INTEGER NOT NULL REFERENCES miembros(id),
    tipo_cargo TEXT NOT NULL CHECK (tipo_cargo IN ('cuota_anual', 'cuota_ingreso', 'extraordinaria')),
    anio INTEGER NOT NULL,
    escala_id INTEGER REFERENCES escalas(id),
    poblacion_usada INTEGER,
    tramo_desde INTEGER,
    importe_bruto INTEGER NOT NULL CHECK (importe_bruto >= 0),
    descuento INTEGER NOT NULL DEFAULT 0 CHECK (descuento >= 0),
    importe INTEGER NOT NULL CHECK (importe >= 0),
    moneda TEXT NOT NULL,
    vencimiento TEXT NOT NULL CHECK (vencimiento IS NULL OR date(vencimiento) IS vencimiento),
    detalle TEXT,
    emitido_en TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (miembro_id, tipo_cargo, anio)
);

CREATE INDEX cargos_asociacion_anio ON cargos(asociacion_id, anio);

CREATE INDEX cargos_miembro_vencimiento ON cargos(asociacion_id, miembro_id, vencimiento);

CREATE TRIGGER bitacora_cargos_alta AFTER INSERT ON cargos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('cargos', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.miembro_id, NEW.tipo_cargo, NEW.anio, NEW.escala_id, NEW.poblacion_usada, NEW.tramo_desde, NEW.importe_bruto, NEW.descuento, NEW.importe, NEW.moneda, NEW.vencimiento, NEW.detalle, NEW.emitido_en)); END;

CREATE TRIGGER bitacora_cargos_cambio AFTER UPDATE ON cargos WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.tipo_cargo IS NOT NEW.tipo_cargo OR OLD.anio IS NOT NEW.anio OR OLD.escala_id IS NOT NEW.escala_id OR OLD.poblacion_usada IS NOT NEW.poblacion_usada OR OLD.tramo_desde IS NOT NEW.tramo_desde OR OLD.importe_bruto IS NOT NEW.importe_bruto OR OLD.descuento IS NOT NEW.descuento OR OLD.importe IS NOT NEW.importe OR OLD.moneda IS NOT NEW.moneda OR OLD.vencimiento IS NOT NEW.vencimiento OR OLD.detalle IS NOT NEW.detalle OR OLD.emitido_en IS NOT NEW.emitido_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('cargos', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.miembro_id, OLD.tipo_cargo, OLD.anio, OLD.escala_id, OLD.poblacion_usada, OLD.tramo_desde, OLD.importe_bruto, OLD.descuento, OLD.importe, OLD.moneda, OLD.vencimiento, OLD.detalle, OLD.emitido_en), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.miembro_id, NEW.tipo_cargo, NEW.anio, NEW.escala_id, NEW.poblacion_usada, NEW.tramo_desde, NEW.importe_bruto, NEW.descuento, NEW.importe, NEW.moneda, NEW.vencimiento, NEW.detalle, NEW.emitido_en))); END;

CREATE TRIGGER bitacora_cargos_baja AFTER DELETE ON cargos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('cargos', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.miembro_id, OLD.tipo_cargo, OLD.anio, OLD.escala_id, OLD.poblacion_usada, OLD.tramo_desde, OLD.importe_bruto, OLD.descuento, OLD.importe, OLD.moneda, OLD.vencimiento, OLD.detalle, OLD.emitido_en)); END;

CREATE TRIGGER cargos_dinero_alta BEFORE INSERT ON cargos
    BEGIN
      SELECT RAISE(ABORT, 'La moneda debe ser un código ISO 4217 de tres letras mayúsculas (por ejemplo USD, ARS o BRL): no se guardó nada.') WHERE NEW.moneda NOT GLOB '[A-Z][A-Z][A-Z]';
      SELECT RAISE(ABORT, 'Un importe está fuera de lo posible (el máximo es 999.999.999.999,99): no se guardó nada.') WHERE abs(NEW.importe_bruto) > 1000000000000000 OR abs(NEW.importe) > 1000000000000000;
    END;

CREATE TRIGGER cargos_dinero_cambio BEFORE UPDATE OF moneda, importe_bruto, importe ON cargos
    BEGIN
      SELECT RAISE(ABORT, 'La moneda debe ser un código ISO 4217 de tres letras mayúsculas (por ejemplo USD, ARS o BRL): no se guardó nada.') WHERE NEW.moneda NOT GLOB '[A-Z][A-Z][A-Z]';
      SELECT RAISE(ABORT, 'Un importe está fuera de lo posible (el máximo es 999.999.999.999,99): no se guardó nada.') WHERE abs(NEW.importe_bruto) > 1000000000000000 OR abs(NEW.importe) > 1000000000000000;
    END;

CREATE TRIGGER cargos_fijo_update BEFORE UPDATE ON cargos
    WHEN EXISTS (SELECT 1 FROM imputaciones WHERE cargo_id = OLD.id)
    BEGIN SELECT RAISE(ABORT, 'Una cuota con pagos imputados (aunque estén anulados) no se modifica ni se borra.'); END;

CREATE TRIGGER cargos_fijo_delete BEFORE DELETE ON cargos
    WHEN EXISTS (SELECT 1 FROM imputaciones WHERE cargo_id = OLD.id)
    BEGIN SELECT RAISE(ABORT, 'Una cuota con pagos imputados (aunque estén anulados) no se modifica ni se borra.'); END;

-- exenciones (creada en 0003_cuotas)
CREATE TABLE exenciones (
    id INTEGER PRIMARY KEY,
    miembro_id INTEGER NOT NULL REFERENCES miembros(id),
    anio INTEGER NOT NULL,
    porcentaje INTEGER NOT NULL CHECK (porcentaje BETWEEN 1 AND 100),
    motivo TEXT NOT NULL CHECK (length(trim(motivo)) > 0),
    aprobada_por TEXT,
    registrada_en TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (miembro_id, anio)
);

CREATE TRIGGER bitacora_exenciones_alta AFTER INSERT ON exenciones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('exenciones', NEW.id, 'alta', json_array(NEW.id, NEW.miembro_id, NEW.anio, NEW.porcentaje, NEW.motivo, NEW.aprobada_por, NEW.registrada_en)); END;

CREATE TRIGGER bitacora_exenciones_cambio AFTER UPDATE ON exenciones WHEN OLD.id IS NOT NEW.id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.anio IS NOT NEW.anio OR OLD.porcentaje IS NOT NEW.porcentaje OR OLD.motivo IS NOT NEW.motivo OR OLD.aprobada_por IS NOT NEW.aprobada_por OR OLD.registrada_en IS NOT NEW.registrada_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('exenciones', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.miembro_id, OLD.anio, OLD.porcentaje, OLD.motivo, OLD.aprobada_por, OLD.registrada_en), 'despues', json_array(NEW.id, NEW.miembro_id, NEW.anio, NEW.porcentaje, NEW.motivo, NEW.aprobada_por, NEW.registrada_en))); END;

CREATE TRIGGER bitacora_exenciones_baja AFTER DELETE ON exenciones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('exenciones', OLD.id, 'borrado', json_array(OLD.id, OLD.miembro_id, OLD.anio, OLD.porcentaje, OLD.motivo, OLD.aprobada_por, OLD.registrada_en)); END;

-- pagos (creada en 0003_cuotas)
CREATE TABLE pagos (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    miembro_id INTEGER NOT NULL REFERENCES miembros(id),
    fecha TEXT NOT NULL CHECK (fecha IS NULL OR date(fecha) IS fecha),
    importe INTEGER NOT NULL CHECK (importe > 0),
    moneda TEXT NOT NULL,
    tipo_cambio TEXT,
    moneda_imputacion TEXT NOT NULL,
    importe_imputable INTEGER NOT NULL CHECK (importe_imputable > 0),
    medio TEXT NOT NULL CHECK (medio IN ('transferencia', 'deposito', 'efectivo', 'cheque')),
    referencia TEXT,
    anulado_en TEXT,
    motivo_anulacion TEXT,
    registrado_en TEXT NOT NULL DEFAULT (datetime('now')),
    CHECK ((anulado_en IS NULL) = (motivo_anulacion IS NULL))
);

CREATE INDEX pagos_miembro_fecha ON pagos(miembro_id, fecha);

CREATE TRIGGER pagos_sin_borrado BEFORE DELETE ON pagos
    BEGIN SELECT RAISE(ABORT, 'Un pago no se borra: se anula con un motivo.'); END;

CREATE TRIGGER pagos_anulacion_definitiva BEFORE UPDATE ON pagos
    WHEN OLD.anulado_en IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'Un pago anulado no se modifica.'); END;

CREATE TRIGGER bitacora_pagos_alta AFTER INSERT ON pagos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('pagos', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.miembro_id, NEW.fecha, NEW.importe, NEW.moneda, NEW.tipo_cambio, NEW.moneda_imputacion, NEW.importe_imputable, NEW.medio, NEW.referencia, NEW.anulado_en, NEW.motivo_anulacion, NEW.registrado_en)); END;

CREATE TRIGGER bitacora_pagos_cambio AFTER UPDATE ON pagos WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.fecha IS NOT NEW.fecha OR OLD.importe IS NOT NEW.importe OR OLD.moneda IS NOT NEW.moneda OR OLD.tipo_cambio IS NOT NEW.tipo_cambio OR OLD.moneda_imputacion IS NOT NEW.moneda_imputacion OR OLD.importe_imputable IS NOT NEW.importe_imputable OR OLD.medio IS NOT NEW.medio OR OLD.referencia IS NOT NEW.referencia OR OLD.anulado_en IS NOT NEW.anulado_en OR OLD.motivo_anulacion IS NOT NEW.motivo_anulacion OR OLD.registrado_en IS NOT NEW.registrado_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('pagos', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.miembro_id, OLD.fecha, OLD.importe, OLD.moneda, OLD.tipo_cambio, OLD.moneda_imputacion, OLD.importe_imputable, OLD.medio, OLD.referencia, OLD.anulado_en, OLD.motivo_anulacion, OLD.registrado_en), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.miembro_id, NEW.fecha, NEW.importe, NEW.moneda, NEW.tipo_cambio, NEW.moneda_imputacion, NEW.importe_imputable, NEW.medio, NEW.referencia, NEW.anulado_en, NEW.motivo_anulacion, NEW.registrado_en))); END;

CREATE TRIGGER bitacora_pagos_baja AFTER DELETE ON pagos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('pagos', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.miembro_id, OLD.fecha, OLD.importe, OLD.moneda, OLD.tipo_cambio, OLD.moneda_imputacion, OLD.importe_imputable, OLD.medio, OLD.referencia, OLD.anulado_en, OLD.motivo_anulacion, OLD.registrado_en)); END;

CREATE TRIGGER pagos_dinero_alta BEFORE INSERT ON pagos
    BEGIN
      SELECT RAISE(ABORT, 'La moneda debe ser un código ISO 4217 de tres letras mayúsculas (por ejemplo USD, ARS o BRL): no se guardó nada.') WHERE NEW.moneda NOT GLOB '[A-Z][A-Z][A-Z]' OR NEW.moneda_imputacion NOT GLOB '[A-Z][A-Z][A-Z]';
      SELECT RAISE(ABORT, 'Un importe está fuera de lo posible (el máximo es 999.999.999.999,99): no se guardó nada.') WHERE abs(NEW.importe) > 1000000000000000 OR abs(NEW.importe_imputable) > 1000000000000000;
    END;

CREATE TRIGGER pagos_dinero_cambio BEFORE UPDATE OF moneda, moneda_imputacion, importe, importe_imputable ON pagos
    BEGIN
      SELECT RAISE(ABORT, 'La moneda debe ser un código ISO 4217 de tres letras mayúsculas (por ejemplo USD, ARS o BRL): no se guardó nada.') WHERE NEW.moneda NOT GLOB '[A-Z][A-Z][A-Z]' OR NEW.moneda_imputacion NOT GLOB '[A-Z][A-Z][A-Z]';
      SELECT RAISE(ABORT, 'Un importe está fuera de lo posible (el máximo es 999.999.999.999,99): no se guardó nada.') WHERE abs(NEW.importe) > 1000000000000000 OR abs(NEW.importe_imputable) > 1000000000000000;
    END;

CREATE TRIGGER pagos_registrado_fijo BEFORE UPDATE ON pagos
    WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.fecha IS NOT NEW.fecha OR OLD.importe IS NOT NEW.importe OR OLD.moneda IS NOT NEW.moneda OR OLD.tipo_cambio IS NOT NEW.tipo_cambio OR OLD.moneda_imputacion IS NOT NEW.moneda_imputacion OR OLD.importe_imputable IS NOT NEW.importe_imputable OR OLD.medio IS NOT NEW.medio OR OLD.referencia IS NOT NEW.referencia OR OLD.registrado_en IS NOT NEW.registrado_en
    BEGIN SELECT RAISE(ABORT, 'Un pago registrado no se modifica: solo se anula, con un motivo (si tenía un error, se anula y se registra de nuevo).'); END;

CREATE TRIGGER pagos_con_saldo_alta AFTER INSERT ON pagos WHEN NEW.anulado_en IS NULL
    BEGIN INSERT OR IGNORE INTO pagos_con_saldo (pago_id) VALUES (NEW.id); END;

CREATE TRIGGER pagos_con_saldo_anulacion AFTER UPDATE OF anulado_en ON pagos
    WHEN NEW.anulado_en IS NOT NULL
    BEGIN DELETE FROM pagos_con_saldo WHERE pago_id = NEW.id; END;

-- imputaciones (creada en 0003_cuotas)
CREATE TABLE imputaciones (
    id INTEGER PRIMARY KEY,
    pago_id INTEGER NOT NULL REFERENCES pagos(id),
    cargo_id INTEGER NOT NULL REFERENCES cargos(id),
    importe INTEGER NOT NULL CHECK (importe > 0),
    -- 'pago': hecha al registrar el pago (figura en su recibo); 'saldo_a_favor': aplicada después.
    origen TEXT NOT NULL DEFAULT 'pago' CHECK (origen IN ('pago', 'saldo_a_favor'))
);

CREATE INDEX imputaciones_cargo_pago ON imputaciones(cargo_id, pago_id, importe);

CREATE INDEX imputaciones_pago_cargo ON imputaciones(pago_id, cargo_id, importe);

CREATE TRIGGER bitacora_imputaciones_alta AFTER INSERT ON imputaciones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('imputaciones', NEW.id, 'alta', json_array(NEW.id, NEW.pago_id, NEW.cargo_id, NEW.importe, NEW.origen)); END;

CREATE TRIGGER bitacora_imputaciones_cambio AFTER UPDATE ON imputaciones WHEN OLD.id IS NOT NEW.id OR OLD.pago_id IS NOT NEW.pago_id OR OLD.cargo_id IS NOT NEW.cargo_id OR OLD.importe IS NOT NEW.importe OR OLD.origen IS NOT NEW.origen BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('imputaciones', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.pago_id, OLD.cargo_id, OLD.importe, OLD.origen), 'despues', json_array(NEW.id, NEW.pago_id, NEW.cargo_id, NEW.importe, NEW.origen))); END;

CREATE TRIGGER bitacora_imputaciones_baja AFTER DELETE ON imputaciones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('imputaciones', OLD.id, 'borrado', json_array(OLD.id, OLD.pago_id, OLD.cargo_id, OLD.importe, OLD.origen)); END;

CREATE TRIGGER imputaciones_dinero_alta BEFORE INSERT ON imputaciones
    BEGIN
      SELECT RAISE(ABORT, 'Un importe está fuera de lo posible (el máximo es 999.999.999.999,99): no se guardó nada.') WHERE abs(NEW.importe) > 1000000000000000;
    END;

CREATE TRIGGER imputaciones_dinero_cambio BEFORE UPDATE OF importe ON imputaciones
    BEGIN
      SELECT RAISE(ABORT, 'Un importe está fuera de lo posible (el máximo es 999.999.999.999,99): no se guardó nada.') WHERE abs(NEW.importe) > 1000000000000000;
    END;

CREATE TRIGGER imputaciones_fijo_update BEFORE UPDATE ON imputaciones
    BEGIN SELECT RAISE(ABORT, 'Una imputación de un pago no se modifica ni se borra: se anula el pago.'); END;

CREATE TRIGGER imputaciones_fijo_delete BEFORE DELETE ON imputaciones
    BEGIN SELECT RAISE(ABORT, 'Una imputación de un pago no se modifica ni se borra: se anula el pago.'); END;

CREATE TRIGGER pagos_con_saldo_imputacion AFTER INSERT ON imputaciones
    WHEN (SELECT sum(importe) FROM imputaciones WHERE pago_id = NEW.pago_id)
         >= (SELECT importe_imputable FROM pagos WHERE id = NEW.pago_id)
    BEGIN DELETE FROM pagos_con_saldo WHERE pago_id = NEW.pago_id; END;

-- recibos (creada en 0003_cuotas)
CREATE TABLE recibos (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    anio INTEGER NOT NULL,
    numero INTEGER NOT NULL,
    pago_id INTEGER NOT NULL UNIQUE REFERENCES pagos(id),
    UNIQUE (asociacion_id, anio, numero)
);

CREATE INDEX recibos_numero ON recibos(asociacion_id, numero, anio);

CREATE TRIGGER bitacora_recibos_alta AFTER INSERT ON recibos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('recibos', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.anio, NEW.numero, NEW.pago_id)); END;

CREATE TRIGGER bitacora_recibos_cambio AFTER UPDATE ON recibos WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.anio IS NOT NEW.anio OR OLD.numero IS NOT NEW.numero OR OLD.pago_id IS NOT NEW.pago_id BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('recibos', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.anio, OLD.numero, OLD.pago_id), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.anio, NEW.numero, NEW.pago_id))); END;

CREATE TRIGGER bitacora_recibos_baja AFTER DELETE ON recibos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('recibos', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.anio, OLD.numero, OLD.pago_id)); END;

CREATE TRIGGER recibos_fijo_update BEFORE UPDATE ON recibos
    BEGIN SELECT RAISE(ABORT, 'Un recibo emitido no se modifica ni se borra: se anula su pago.'); END;

CREATE TRIGGER recibos_fijo_delete BEFORE DELETE ON recibos
    BEGIN SELECT RAISE(ABORT, 'Un recibo emitido no se modifica ni se borra: se anula su pago.'); END;

-- lotes_avisos (creada en 0003_cuotas)
CREATE TABLE lotes_avisos (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    al TEXT NOT NULL CHECK (al IS NULL OR date(al) IS al),
    creado_en TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TRIGGER bitacora_lotes_avisos_alta AFTER INSERT ON lotes_avisos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('lotes_avisos', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.al, NEW.creado_en)); END;

CREATE TRIGGER bitacora_lotes_avisos_cambio AFTER UPDATE ON lotes_avisos WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.al IS NOT NEW.al OR OLD.creado_en IS NOT NEW.creado_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('lotes_avisos', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.al, OLD.creado_en), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.al, NEW.creado_en))); END;

CREATE TRIGGER bitacora_lotes_avisos_baja AFTER DELETE ON lotes_avisos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('lotes_avisos', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.al, OLD.creado_en)); END;

-- avisos (creada en 0003_cuotas)
CREATE TABLE avisos (
    id INTEGER PRIMARY KEY,
    lote_id INTEGER NOT NULL REFERENCES lotes_avisos(id),
    cargo_id INTEGER NOT NULL REFERENCES cargos(id),
    nivel INTEGER NOT NULL CHECK (nivel > 0),
    UNIQUE (cargo_id, nivel)
);

CREATE TRIGGER bitacora_avisos_alta AFTER INSERT ON avisos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('avisos', NEW.id, 'alta', json_array(NEW.id, NEW.lote_id, NEW.cargo_id, NEW.nivel)); END;

CREATE TRIGGER bitacora_avisos_cambio AFTER UPDATE ON avisos WHEN OLD.id IS NOT NEW.id OR OLD.lote_id IS NOT NEW.lote_id OR OLD.cargo_id IS NOT NEW.cargo_id OR OLD.nivel IS NOT NEW.nivel BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('avisos', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.lote_id, OLD.cargo_id, OLD.nivel), 'despues', json_array(NEW.id, NEW.lote_id, NEW.cargo_id, NEW.nivel))); END;

CREATE TRIGGER bitacora_avisos_baja AFTER DELETE ON avisos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('avisos', OLD.id, 'borrado', json_array(OLD.id, OLD.lote_id, OLD.cargo_id, OLD.nivel)); END;


-- ==================== 0004_estatutos_y_organos ========================================================

-- normas (creada en 0004_estatutos_y_organos)
CREATE TABLE normas (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    tipo TEXT NOT NULL CHECK (tipo IN ('estatuto', 'reglamento')),
    titulo TEXT NOT NULL CHECK (length(trim(titulo)) > 0),
    creada_en TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (asociacion_id, titulo)
);

CREATE TRIGGER bitacora_normas_alta AFTER INSERT ON normas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('normas', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.tipo, NEW.titulo, NEW.creada_en)); END;

CREATE TRIGGER bitacora_normas_cambio AFTER UPDATE ON normas WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.tipo IS NOT NEW.tipo OR OLD.titulo IS NOT NEW.titulo OR OLD.creada_en IS NOT NEW.creada_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('normas', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.tipo, OLD.titulo, OLD.creada_en), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.tipo, NEW.titulo, NEW.creada_en))); END;

CREATE TRIGGER bitacora_normas_baja AFTER DELETE ON normas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('normas', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.tipo, OLD.titulo, OLD.creada_en)); END;

-- reformas (creada en 0004_estatutos_y_organos)
CREATE TABLE reformas (
    id INTEGER PRIMARY KEY,
    norma_id INTEGER NOT NULL REFERENCES normas(id),
    vigente_desde TEXT NOT NULL CHECK (vigente_desde IS NULL OR date(vigente_desde) IS vigente_desde),
    aprobada_por TEXT,
    descripcion TEXT,
    registrada_en TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TRIGGER bitacora_reformas_alta AFTER INSERT ON reformas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('reformas', NEW.id, 'alta', json_array(NEW.id, NEW.norma_id, NEW.vigente_desde, NEW.aprobada_por, NEW.descripcion, NEW.registrada_en)); END;

CREATE TRIGGER bitacora_reformas_cambio AFTER UPDATE ON reformas WHEN OLD.id IS NOT NEW.id OR OLD.norma_id IS NOT NEW.norma_id OR OLD.vigente_desde IS NOT NEW.vigente_desde OR OLD.aprobada_por IS NOT NEW.aprobada_por OR OLD.descripcion IS NOT NEW.descripcion OR OLD.registrada_en IS NOT NEW.registrada_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('reformas', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.norma_id, OLD.vigente_desde, OLD.aprobada_por, OLD.descripcion, OLD.registrada_en), 'despues', json_array(NEW.id, NEW.norma_id, NEW.vigente_desde, NEW.aprobada_por, NEW.descripcion, NEW.registrada_en))); END;

CREATE TRIGGER bitacora_reformas_baja AFTER DELETE ON reformas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('reformas', OLD.id, 'borrado', json_array(OLD.id, OLD.norma_id, OLD.vigente_desde, OLD.aprobada_por, OLD.descripcion, OLD.registrada_en)); END;

-- versiones_articulo (creada en 0004_estatutos_y_organos)
CREATE TABLE versiones_articulo (
    id INTEGER PRIMARY KEY,
    norma_id INTEGER NOT NULL REFERENCES normas(id),
    reforma_id INTEGER REFERENCES reformas(id),
    numero TEXT NOT NULL,
    titulo TEXT,
    texto TEXT NOT NULL,
    vigente_desde TEXT NOT NULL CHECK (vigente_desde IS NULL OR date(vigente_desde) IS vigente_desde),
    derogado INTEGER NOT NULL DEFAULT 0 CHECK (derogado IN (0, 1)),
    UNIQUE (norma_id, numero, vigente_desde)
);

CREATE TRIGGER versiones_articulo_inmutables BEFORE UPDATE ON versiones_articulo
    BEGIN SELECT RAISE(ABORT, 'Una versión de un artículo no se modifica: se registra una reforma.'); END;

CREATE TRIGGER bitacora_versiones_articulo_alta AFTER INSERT ON versiones_articulo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('versiones_articulo', NEW.id, 'alta', json_array(NEW.id, NEW.norma_id, NEW.reforma_id, NEW.numero, NEW.titulo, NEW.texto, NEW.vigente_desde, NEW.derogado)); END;

CREATE TRIGGER bitacora_versiones_articulo_cambio AFTER UPDATE ON versiones_articulo WHEN OLD.id IS NOT NEW.id OR OLD.norma_id IS NOT NEW.norma_id OR OLD.reforma_id IS NOT NEW.reforma_id OR OLD.numero IS NOT NEW.numero OR OLD.titulo IS NOT NEW.titulo OR OLD.texto IS NOT NEW.texto OR OLD.vigente_desde IS NOT NEW.vigente_desde OR OLD.derogado IS NOT NEW.derogado BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('versiones_articulo', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.norma_id, OLD.reforma_id, OLD.numero, OLD.titulo, OLD.texto, OLD.vigente_desde, OLD.derogado), 'despues', json_array(NEW.id, NEW.norma_id, NEW.reforma_id, NEW.numero, NEW.titulo, NEW.texto, NEW.vigente_desde, NEW.derogado))); END;

CREATE TRIGGER bitacora_versiones_articulo_baja AFTER DELETE ON versiones_articulo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('versiones_articulo', OLD.id, 'borrado', json_array(OLD.id, OLD.norma_id, OLD.reforma_id, OLD.numero, OLD.titulo, OLD.texto, OLD.vigente_desde, OLD.derogado)); END;

-- organos (creada en 0004_estatutos_y_organos)
--   columnas de 0005_sesiones_y_actas: anticipacion_dias, articulo_convocatoria
--   columnas de 0021_mandatos: periodo_meses, articulo_periodo
--   columnas de 0059_otras_redes: creado_el, creado_por, disuelto_el, disuelto_por
CREATE TABLE organos (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    tipo TEXT NOT NULL CHECK (tipo IN ('asamblea', 'consejo', 'comision_directiva', 'comite_ejecutivo',
        'secretaria_ejecutiva', 'secretaria_tecnica', 'unidad_tematica', 'grupo_trabajo', 'comite',
        'congreso', 'otro')),
    padre_id INTEGER REFERENCES organos(id),
    atribuciones TEXT,
    frecuencia_meses INTEGER CHECK (frecuencia_meses IS NULL OR frecuencia_meses > 0),
    articulo TEXT,
    creado_en TEXT NOT NULL DEFAULT (datetime('now')), anticipacion_dias INTEGER CHECK (anticipacion_dias IS NULL OR anticipacion_dias >= 0), articulo_convocatoria TEXT, periodo_meses INTEGER CHECK (periodo_meses IS NULL OR periodo_meses BETWEEN 1 AND 120), articulo_periodo TEXT, creado_el TEXT CHECK (creado_el IS NULL OR date(creado_el) IS creado_el), creado_por TEXT, disuelto_el TEXT CHECK (disuelto_el IS NULL OR date(disuelto_el) IS disuelto_el), disuelto_por TEXT,
    UNIQUE (asociacion_id, nombre)
);

CREATE TRIGGER bitacora_organos_alta AFTER INSERT ON organos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('organos', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.nombre, NEW.tipo, NEW.padre_id, NEW.atribuciones, NEW.frecuencia_meses, NEW.articulo, NEW.creado_en, NEW.anticipacion_dias, NEW.articulo_convocatoria, NEW.periodo_meses, NEW.articulo_periodo, NEW.creado_el, NEW.creado_por, NEW.disuelto_el, NEW.disuelto_por)); END;

CREATE TRIGGER bitacora_organos_cambio AFTER UPDATE ON organos WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.nombre IS NOT NEW.nombre OR OLD.tipo IS NOT NEW.tipo OR OLD.padre_id IS NOT NEW.padre_id OR OLD.atribuciones IS NOT NEW.atribuciones OR OLD.frecuencia_meses IS NOT NEW.frecuencia_meses OR OLD.articulo IS NOT NEW.articulo OR OLD.creado_en IS NOT NEW.creado_en OR OLD.anticipacion_dias IS NOT NEW.anticipacion_dias OR OLD.articulo_convocatoria IS NOT NEW.articulo_convocatoria OR OLD.periodo_meses IS NOT NEW.periodo_meses OR OLD.articulo_periodo IS NOT NEW.articulo_periodo OR OLD.creado_el IS NOT NEW.creado_el OR OLD.creado_por IS NOT NEW.creado_por OR OLD.disuelto_el IS NOT NEW.disuelto_el OR OLD.disuelto_por IS NOT NEW.disuelto_por BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('organos', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.nombre, OLD.tipo, OLD.padre_id, OLD.atribuciones, OLD.frecuencia_meses, OLD.articulo, OLD.creado_en, OLD.anticipacion_dias, OLD.articulo_convocatoria, OLD.periodo_meses, OLD.articulo_periodo, OLD.creado_el, OLD.creado_por, OLD.disuelto_el, OLD.disuelto_por), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.nombre, NEW.tipo, NEW.padre_id, NEW.atribuciones, NEW.frecuencia_meses, NEW.articulo, NEW.creado_en, NEW.anticipacion_dias, NEW.articulo_convocatoria, NEW.periodo_meses, NEW.articulo_periodo, NEW.creado_el, NEW.creado_por, NEW.disuelto_el, NEW.disuelto_por))); END;

CREATE TRIGGER bitacora_organos_baja AFTER DELETE ON organos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('organos', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.nombre, OLD.tipo, OLD.padre_id, OLD.atribuciones, OLD.frecuencia_meses, OLD.articulo, OLD.creado_en, OLD.anticipacion_dias, OLD.articulo_convocatoria, OLD.periodo_meses, OLD.articulo_periodo, OLD.creado_el, OLD.creado_por, OLD.disuelto_el, OLD.disuelto_por)); END;

-- reglas_composicion (creada en 0004_estatutos_y_organos)
--   columnas de 0012_reglas_del_dominio: desde
CREATE TABLE reglas_composicion (
    id INTEGER PRIMARY KEY,
    organo_id INTEGER NOT NULL REFERENCES organos(id),
    tipo TEXT NOT NULL CHECK (tipo IN ('tamano_fijo', 'por_categoria', 'troika', 'todos_los_activos', 'designacion', 'de_oficio', 'presidencia', 'tipo_de_miembro', 'limite_de_mandatos', 'por_agrupacion')),
    parametros TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(parametros)),
    articulo TEXT
    , desde TEXT NOT NULL DEFAULT '1900-01-01' CHECK (desde IS NULL OR date(desde) IS desde)
);

CREATE TRIGGER bitacora_reglas_composicion_alta AFTER INSERT ON reglas_composicion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('reglas_composicion', NEW.id, 'alta', json_array(NEW.id, NEW.organo_id, NEW.tipo, NEW.parametros, NEW.articulo, NEW.desde)); END;

CREATE TRIGGER bitacora_reglas_composicion_cambio AFTER UPDATE ON reglas_composicion WHEN OLD.id IS NOT NEW.id OR OLD.organo_id IS NOT NEW.organo_id OR OLD.tipo IS NOT NEW.tipo OR OLD.parametros IS NOT NEW.parametros OR OLD.articulo IS NOT NEW.articulo OR OLD.desde IS NOT NEW.desde BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('reglas_composicion', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.organo_id, OLD.tipo, OLD.parametros, OLD.articulo, OLD.desde), 'despues', json_array(NEW.id, NEW.organo_id, NEW.tipo, NEW.parametros, NEW.articulo, NEW.desde))); END;

CREATE TRIGGER bitacora_reglas_composicion_baja AFTER DELETE ON reglas_composicion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('reglas_composicion', OLD.id, 'borrado', json_array(OLD.id, OLD.organo_id, OLD.tipo, OLD.parametros, OLD.articulo, OLD.desde)); END;

-- mandatos (creada en 0004_estatutos_y_organos)
--   columnas de 0049_forma_del_cargo: forma
CREATE TABLE mandatos (
    id INTEGER PRIMARY KEY,
    organo_id INTEGER NOT NULL REFERENCES organos(id),
    miembro_id INTEGER REFERENCES miembros(id),
    persona TEXT,
    cargo TEXT NOT NULL CHECK (cargo IN ('presidente', 'vicepresidente', 'secretario', 'coordinador', 'subcoordinador', 'titular', 'suplente', 'observador', 'integrante', 'secretario_ejecutivo', 'secretario_programacion', 'secretario_finanzas', 'tesorero', 'director')),
    con_voto INTEGER NOT NULL DEFAULT 1 CHECK (con_voto IN (0, 1)),
    desde TEXT NOT NULL CHECK (desde IS NULL OR date(desde) IS desde),
    hasta TEXT CHECK (hasta IS NULL OR date(hasta) IS hasta),
    en_nombre_de INTEGER REFERENCES miembros(id),
    registrado_en TEXT NOT NULL DEFAULT (datetime('now')), forma TEXT NOT NULL DEFAULT 'masculina' CHECK (forma IN ('masculina', 'femenina')),
    CHECK (miembro_id IS NOT NULL OR persona IS NOT NULL),
    CHECK (hasta IS NULL OR hasta >= desde)
);

CREATE INDEX mandatos_organo ON mandatos(organo_id, desde);

CREATE TRIGGER mandatos_sin_borrado BEFORE DELETE ON mandatos
    BEGIN SELECT RAISE(ABORT, 'Un mandato no se borra: se le pone fin o se corrige con fecha.'); END;

CREATE TRIGGER bitacora_mandatos_alta AFTER INSERT ON mandatos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('mandatos', NEW.id, 'alta', json_array(NEW.id, NEW.organo_id, NEW.miembro_id, iif(NEW.persona IS NULL, NULL, '§'), NEW.cargo, NEW.con_voto, NEW.desde, NEW.hasta, NEW.en_nombre_de, NEW.registrado_en, NEW.forma));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (3, json_quote(NEW.persona))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_mandatos_cambio AFTER UPDATE ON mandatos WHEN OLD.id IS NOT NEW.id OR OLD.organo_id IS NOT NEW.organo_id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.persona IS NOT NEW.persona OR OLD.cargo IS NOT NEW.cargo OR OLD.con_voto IS NOT NEW.con_voto OR OLD.desde IS NOT NEW.desde OR OLD.hasta IS NOT NEW.hasta OR OLD.en_nombre_de IS NOT NEW.en_nombre_de OR OLD.registrado_en IS NOT NEW.registrado_en OR OLD.forma IS NOT NEW.forma BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('mandatos', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.organo_id, OLD.miembro_id, iif(OLD.persona IS NULL, NULL, '§'), OLD.cargo, OLD.con_voto, OLD.desde, OLD.hasta, OLD.en_nombre_de, OLD.registrado_en, OLD.forma), 'despues', json_array(NEW.id, NEW.organo_id, NEW.miembro_id, iif(NEW.persona IS NULL, NULL, '§'), NEW.cargo, NEW.con_voto, NEW.desde, NEW.hasta, NEW.en_nombre_de, NEW.registrado_en, NEW.forma)));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (3, json_quote(OLD.persona)), (1003, json_quote(NEW.persona))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_mandatos_baja AFTER DELETE ON mandatos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('mandatos', OLD.id, 'borrado', json_array(OLD.id, OLD.organo_id, OLD.miembro_id, iif(OLD.persona IS NULL, NULL, '§'), OLD.cargo, OLD.con_voto, OLD.desde, OLD.hasta, OLD.en_nombre_de, OLD.registrado_en, OLD.forma));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (3, json_quote(OLD.persona))) WHERE column2 <> 'null'; END;

-- correcciones_mandato (creada en 0004_estatutos_y_organos)
CREATE TABLE correcciones_mandato (
    id INTEGER PRIMARY KEY,
    mandato_id INTEGER NOT NULL REFERENCES mandatos(id),
    campo TEXT NOT NULL,
    antes TEXT,
    despues TEXT,
    motivo TEXT NOT NULL,
    corregido_en TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TRIGGER bitacora_correcciones_mandato_alta AFTER INSERT ON correcciones_mandato BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('correcciones_mandato', NEW.id, 'alta', json_array(NEW.id, NEW.mandato_id, NEW.campo, iif(NEW.antes IS NULL, NULL, '§'), iif(NEW.despues IS NULL, NULL, '§'), NEW.motivo, NEW.corregido_en));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (3, json_quote(NEW.antes)), (4, json_quote(NEW.despues))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_correcciones_mandato_cambio AFTER UPDATE ON correcciones_mandato WHEN OLD.id IS NOT NEW.id OR OLD.mandato_id IS NOT NEW.mandato_id OR OLD.campo IS NOT NEW.campo OR OLD.antes IS NOT NEW.antes OR OLD.despues IS NOT NEW.despues OR OLD.motivo IS NOT NEW.motivo OR OLD.corregido_en IS NOT NEW.corregido_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('correcciones_mandato', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.mandato_id, OLD.campo, iif(OLD.antes IS NULL, NULL, '§'), iif(OLD.despues IS NULL, NULL, '§'), OLD.motivo, OLD.corregido_en), 'despues', json_array(NEW.id, NEW.mandato_id, NEW.campo, iif(NEW.antes IS NULL, NULL, '§'), iif(NEW.despues IS NULL, NULL, '§'), NEW.motivo, NEW.corregido_en)));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (3, json_quote(OLD.antes)), (4, json_quote(OLD.despues)), (1003, json_quote(NEW.antes)), (1004, json_quote(NEW.despues))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_correcciones_mandato_baja AFTER DELETE ON correcciones_mandato BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('correcciones_mandato', OLD.id, 'borrado', json_array(OLD.id, OLD.mandato_id, OLD.campo, iif(OLD.antes IS NULL, NULL, '§'), iif(OLD.despues IS NULL, NULL, '§'), OLD.motivo, OLD.corregido_en));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (3, json_quote(OLD.antes)), (4, json_quote(OLD.despues))) WHERE column2 <> 'null'; END;

-- orden_sucesion (creada en 0004_estatutos_y_organos)
CREATE TABLE orden_sucesion (
    organo_id INTEGER NOT NULL REFERENCES organos(id),
    posicion INTEGER NOT NULL,
    miembro_id INTEGER NOT NULL REFERENCES miembros(id),
    PRIMARY KEY (organo_id, posicion)
);

CREATE TRIGGER bitacora_orden_sucesion_alta AFTER INSERT ON orden_sucesion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('orden_sucesion', NEW.organo_id, 'alta', json_array(NEW.organo_id, NEW.posicion, NEW.miembro_id)); END;

CREATE TRIGGER bitacora_orden_sucesion_cambio AFTER UPDATE ON orden_sucesion WHEN OLD.organo_id IS NOT NEW.organo_id OR OLD.posicion IS NOT NEW.posicion OR OLD.miembro_id IS NOT NEW.miembro_id BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('orden_sucesion', NEW.organo_id, 'cambio',
        json_object('antes', json_array(OLD.organo_id, OLD.posicion, OLD.miembro_id), 'despues', json_array(NEW.organo_id, NEW.posicion, NEW.miembro_id))); END;

CREATE TRIGGER bitacora_orden_sucesion_baja AFTER DELETE ON orden_sucesion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('orden_sucesion', OLD.organo_id, 'borrado', json_array(OLD.organo_id, OLD.posicion, OLD.miembro_id)); END;

-- actividades (creada en 0004_estatutos_y_organos)
CREATE TABLE actividades (
    id INTEGER PRIMARY KEY,
    organo_id INTEGER NOT NULL REFERENCES organos(id),
    titulo TEXT NOT NULL CHECK (length(trim(titulo)) > 0),
    desde TEXT CHECK (desde IS NULL OR date(desde) IS desde),
    hasta TEXT CHECK (hasta IS NULL OR date(hasta) IS hasta),
    estado TEXT NOT NULL DEFAULT 'prevista' CHECK (estado IN ('prevista', 'en_curso', 'realizada', 'cancelada')),
    responsable_id INTEGER REFERENCES miembros(id),
    resultado TEXT
);

CREATE TRIGGER bitacora_actividades_alta AFTER INSERT ON actividades BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('actividades', NEW.id, 'alta', json_array(NEW.id, NEW.organo_id, NEW.titulo, NEW.desde, NEW.hasta, NEW.estado, NEW.responsable_id, NEW.resultado)); END;

CREATE TRIGGER bitacora_actividades_cambio AFTER UPDATE ON actividades WHEN OLD.id IS NOT NEW.id OR OLD.organo_id IS NOT NEW.organo_id OR OLD.titulo IS NOT NEW.titulo OR OLD.desde IS NOT NEW.desde OR OLD.hasta IS NOT NEW.hasta OR OLD.estado IS NOT NEW.estado OR OLD.responsable_id IS NOT NEW.responsable_id OR OLD.resultado IS NOT NEW.resultado BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('actividades', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.organo_id, OLD.titulo, OLD.desde, OLD.hasta, OLD.estado, OLD.responsable_id, OLD.resultado), 'despues', json_array(NEW.id, NEW.organo_id, NEW.titulo, NEW.desde, NEW.hasta, NEW.estado, NEW.responsable_id, NEW.resultado))); END;

CREATE TRIGGER bitacora_actividades_baja AFTER DELETE ON actividades BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('actividades', OLD.id, 'borrado', json_array(OLD.id, OLD.organo_id, OLD.titulo, OLD.desde, OLD.hasta, OLD.estado, OLD.responsable_id, OLD.resultado)); END;


-- ==================== 0005_sesiones_y_actas ===========================================================

-- sesiones (creada en 0005_sesiones_y_actas)
CREATE TABLE sesiones (
    id INTEGER PRIMARY KEY,
    organo_id INTEGER NOT NULL REFERENCES organos(id),
    numero INTEGER NOT NULL CHECK (numero > 0),
    tipo TEXT NOT NULL DEFAULT 'ordinaria' CHECK (tipo IN ('ordinaria', 'extraordinaria')),
    fecha TEXT NOT NULL CHECK (fecha IS NULL OR date(fecha) IS fecha),
    hora TEXT CHECK (hora IS NULL OR hora GLOB '[0-2][0-9]:[0-5][0-9]'),
    lugar TEXT,
    enlace TEXT,
    estado TEXT NOT NULL DEFAULT 'convocada' CHECK (estado IN ('convocada', 'celebrada', 'suspendida')),
    convocada_el TEXT NOT NULL CHECK (convocada_el IS NULL OR date(convocada_el) IS convocada_el),
    segunda_convocatoria INTEGER NOT NULL DEFAULT 0 CHECK (segunda_convocatoria IN (0, 1)),
    hora_cierre TEXT,
    UNIQUE (organo_id, numero)
);

CREATE TRIGGER sesiones_congelado_insert BEFORE INSERT ON sesiones
    WHEN (SELECT estado FROM actas WHERE sesion_id = NEW.id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER sesiones_congelado_update BEFORE UPDATE ON sesiones
    WHEN (SELECT estado FROM actas WHERE sesion_id = OLD.id) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = NEW.id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER sesiones_congelado_delete BEFORE DELETE ON sesiones
    WHEN (SELECT estado FROM actas WHERE sesion_id = OLD.id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_sesiones_alta AFTER INSERT ON sesiones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('sesiones', NEW.id, 'alta', json_array(NEW.id, NEW.organo_id, NEW.numero, NEW.tipo, NEW.fecha, NEW.hora, NEW.lugar, NEW.enlace, NEW.estado, NEW.convocada_el, NEW.segunda_convocatoria, NEW.hora_cierre)); END;

CREATE TRIGGER bitacora_sesiones_cambio AFTER UPDATE ON sesiones WHEN OLD.id IS NOT NEW.id OR OLD.organo_id IS NOT NEW.organo_id OR OLD.numero IS NOT NEW.numero OR OLD.tipo IS NOT NEW.tipo OR OLD.fecha IS NOT NEW.fecha OR OLD.hora IS NOT NEW.hora OR OLD.lugar IS NOT NEW.lugar OR OLD.enlace IS NOT NEW.enlace OR OLD.estado IS NOT NEW.estado OR OLD.convocada_el IS NOT NEW.convocada_el OR OLD.segunda_convocatoria IS NOT NEW.segunda_convocatoria OR OLD.hora_cierre IS NOT NEW.hora_cierre BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('sesiones', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.organo_id, OLD.numero, OLD.tipo, OLD.fecha, OLD.hora, OLD.lugar, OLD.enlace, OLD.estado, OLD.convocada_el, OLD.segunda_convocatoria, OLD.hora_cierre), 'despues', json_array(NEW.id, NEW.organo_id, NEW.numero, NEW.tipo, NEW.fecha, NEW.hora, NEW.lugar, NEW.enlace, NEW.estado, NEW.convocada_el, NEW.segunda_convocatoria, NEW.hora_cierre))); END;

CREATE TRIGGER bitacora_sesiones_baja AFTER DELETE ON sesiones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('sesiones', OLD.id, 'borrado', json_array(OLD.id, OLD.organo_id, OLD.numero, OLD.tipo, OLD.fecha, OLD.hora, OLD.lugar, OLD.enlace, OLD.estado, OLD.convocada_el, OLD.segunda_convocatoria, OLD.hora_cierre)); END;

-- puntos_orden (creada en 0005_sesiones_y_actas)
CREATE TABLE puntos_orden (
    id INTEGER PRIMARY KEY,
    sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
    padre_id INTEGER REFERENCES puntos_orden(id),
    orden INTEGER NOT NULL,
    titulo TEXT NOT NULL CHECK (length(trim(titulo)) > 0),
    tipo TEXT NOT NULL DEFAULT 'deliberativo' CHECK (tipo IN ('informativo', 'deliberativo', 'votacion', 'eleccion')),
    tipo_decision TEXT NOT NULL DEFAULT 'ordinaria',
    resumen TEXT
);

CREATE TRIGGER puntos_orden_congelado_insert BEFORE INSERT ON puntos_orden
    WHEN (SELECT estado FROM actas WHERE sesion_id = NEW.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER puntos_orden_congelado_update BEFORE UPDATE ON puntos_orden
    WHEN (SELECT estado FROM actas WHERE sesion_id = OLD.sesion_id) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = NEW.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER puntos_orden_congelado_delete BEFORE DELETE ON puntos_orden
    WHEN (SELECT estado FROM actas WHERE sesion_id = OLD.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_puntos_orden_alta AFTER INSERT ON puntos_orden BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('puntos_orden', NEW.id, 'alta', json_array(NEW.id, NEW.sesion_id, NEW.padre_id, NEW.orden, NEW.titulo, NEW.tipo, NEW.tipo_decision, NEW.resumen)); END;

CREATE TRIGGER bitacora_puntos_orden_cambio AFTER UPDATE ON puntos_orden WHEN OLD.id IS NOT NEW.id OR OLD.sesion_id IS NOT NEW.sesion_id OR OLD.padre_id IS NOT NEW.padre_id OR OLD.orden IS NOT NEW.orden OR OLD.titulo IS NOT NEW.titulo OR OLD.tipo IS NOT NEW.tipo OR OLD.tipo_decision IS NOT NEW.tipo_decision OR OLD.resumen IS NOT NEW.resumen BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('puntos_orden', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.sesion_id, OLD.padre_id, OLD.orden, OLD.titulo, OLD.tipo, OLD.tipo_decision, OLD.resumen), 'despues', json_array(NEW.id, NEW.sesion_id, NEW.padre_id, NEW.orden, NEW.titulo, NEW.tipo, NEW.tipo_decision, NEW.resumen))); END;

CREATE TRIGGER bitacora_puntos_orden_baja AFTER DELETE ON puntos_orden BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('puntos_orden', OLD.id, 'borrado', json_array(OLD.id, OLD.sesion_id, OLD.padre_id, OLD.orden, OLD.titulo, OLD.tipo, OLD.tipo_decision, OLD.resumen)); END;

-- asistencias (creada en 0005_sesiones_y_actas)
CREATE TABLE asistencias (
    id INTEGER PRIMARY KEY,
    sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
    miembro_id INTEGER NOT NULL REFERENCES miembros(id),
    estado TEXT NOT NULL CHECK (estado IN ('presente', 'ausente', 'excusado')),
    representante TEXT,
    cargo_representante TEXT,
    poder_a INTEGER REFERENCES miembros(id),
    peso INTEGER NOT NULL DEFAULT 1 CHECK (peso > 0),
    UNIQUE (sesion_id, miembro_id),
    CHECK (poder_a IS NULL OR estado <> 'presente')
);

CREATE TRIGGER asistencias_congelado_insert BEFORE INSERT ON asistencias
    WHEN (SELECT estado FROM actas WHERE sesion_id = NEW.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER asistencias_congelado_update BEFORE UPDATE ON asistencias
    WHEN (SELECT estado FROM actas WHERE sesion_id = OLD.sesion_id) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = NEW.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER asistencias_congelado_delete BEFORE DELETE ON asistencias
    WHEN (SELECT estado FROM actas WHERE sesion_id = OLD.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_asistencias_alta AFTER INSERT ON asistencias BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('asistencias', NEW.id, 'alta', json_array(NEW.id, NEW.sesion_id, NEW.miembro_id, NEW.estado, iif(NEW.representante IS NULL, NULL, '§'), NEW.cargo_representante, NEW.poder_a, NEW.peso));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (4, json_quote(NEW.representante))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_asistencias_cambio AFTER UPDATE ON asistencias WHEN OLD.id IS NOT NEW.id OR OLD.sesion_id IS NOT NEW.sesion_id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.estado IS NOT NEW.estado OR OLD.representante IS NOT NEW.representante OR OLD.cargo_representante IS NOT NEW.cargo_representante OR OLD.poder_a IS NOT NEW.poder_a OR OLD.peso IS NOT NEW.peso BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('asistencias', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.sesion_id, OLD.miembro_id, OLD.estado, iif(OLD.representante IS NULL, NULL, '§'), OLD.cargo_representante, OLD.poder_a, OLD.peso), 'despues', json_array(NEW.id, NEW.sesion_id, NEW.miembro_id, NEW.estado, iif(NEW.representante IS NULL, NULL, '§'), NEW.cargo_representante, NEW.poder_a, NEW.peso)));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (4, json_quote(OLD.representante)), (1004, json_quote(NEW.representante))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_asistencias_baja AFTER DELETE ON asistencias BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('asistencias', OLD.id, 'borrado', json_array(OLD.id, OLD.sesion_id, OLD.miembro_id, OLD.estado, iif(OLD.representante IS NULL, NULL, '§'), OLD.cargo_representante, OLD.poder_a, OLD.peso));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (4, json_quote(OLD.representante))) WHERE column2 <> 'null'; END;

-- invitados (creada en 0005_sesiones_y_actas)
CREATE TABLE invitados (
    id INTEGER PRIMARY KEY,
    sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
    nombre TEXT NOT NULL,
    institucion TEXT,
    calidad TEXT NOT NULL DEFAULT 'invitado' CHECK (calidad IN ('observador', 'invitado'))
);

CREATE TRIGGER invitados_congelado_insert BEFORE INSERT ON invitados
    WHEN (SELECT estado FROM actas WHERE sesion_id = NEW.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER invitados_congelado_update BEFORE UPDATE ON invitados
    WHEN (SELECT estado FROM actas WHERE sesion_id = OLD.sesion_id) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = NEW.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER invitados_congelado_delete BEFORE DELETE ON invitados
    WHEN (SELECT estado FROM actas WHERE sesion_id = OLD.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_invitados_alta AFTER INSERT ON invitados BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('invitados', NEW.id, 'alta', json_array(NEW.id, NEW.sesion_id, iif(NEW.nombre IS NULL, NULL, '§'), NEW.institucion, NEW.calidad));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(NEW.nombre))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_invitados_cambio AFTER UPDATE ON invitados WHEN OLD.id IS NOT NEW.id OR OLD.sesion_id IS NOT NEW.sesion_id OR OLD.nombre IS NOT NEW.nombre OR OLD.institucion IS NOT NEW.institucion OR OLD.calidad IS NOT NEW.calidad BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('invitados', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.sesion_id, iif(OLD.nombre IS NULL, NULL, '§'), OLD.institucion, OLD.calidad), 'despues', json_array(NEW.id, NEW.sesion_id, iif(NEW.nombre IS NULL, NULL, '§'), NEW.institucion, NEW.calidad)));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(OLD.nombre)), (1002, json_quote(NEW.nombre))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_invitados_baja AFTER DELETE ON invitados BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('invitados', OLD.id, 'borrado', json_array(OLD.id, OLD.sesion_id, iif(OLD.nombre IS NULL, NULL, '§'), OLD.institucion, OLD.calidad));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(OLD.nombre))) WHERE column2 <> 'null'; END;

-- votaciones (creada en 0005_sesiones_y_actas)
--   columnas de 0012_reglas_del_dominio: regla_mayoria, motivo_mayoria
CREATE TABLE votaciones (
    id INTEGER PRIMARY KEY,
    punto_id INTEGER NOT NULL UNIQUE REFERENCES puntos_orden(id),
    metodo TEXT NOT NULL CHECK (metodo IN ('alzada', 'nominal', 'secreta')),
    mayoria TEXT NOT NULL CHECK (mayoria IN ('simple', 'absoluta', 'dos_tercios', 'tres_cuartos')),
    base TEXT NOT NULL CHECK (base IN ('emitidos', 'presentes', 'con_derecho', 'sna', 'validos', 'todos')),
    a_favor INTEGER NOT NULL CHECK (a_favor >= 0),
    en_contra INTEGER NOT NULL CHECK (en_contra >= 0),
    abstenciones INTEGER NOT NULL CHECK (abstenciones >= 0),
    presentes INTEGER NOT NULL,
    con_derecho INTEGER NOT NULL,
    aprobada INTEGER NOT NULL CHECK (aprobada IN (0, 1)),
    texto_resultado TEXT NOT NULL,
    cerrada_en TEXT NOT NULL DEFAULT (datetime('now'))
    , regla_mayoria TEXT
    , motivo_mayoria TEXT
);

CREATE TRIGGER votaciones_congelado_insert BEFORE INSERT ON votaciones
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = NEW.punto_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER votaciones_congelado_update BEFORE UPDATE ON votaciones
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = OLD.punto_id)) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = NEW.punto_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER votaciones_congelado_delete BEFORE DELETE ON votaciones
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = OLD.punto_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_votaciones_alta AFTER INSERT ON votaciones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('votaciones', NEW.id, 'alta', json_array(NEW.id, NEW.punto_id, NEW.metodo, NEW.mayoria, NEW.base, NEW.a_favor, NEW.en_contra, NEW.abstenciones, NEW.presentes, NEW.con_derecho, NEW.aprobada, NEW.texto_resultado, NEW.cerrada_en, NEW.regla_mayoria, NEW.motivo_mayoria)); END;

CREATE TRIGGER bitacora_votaciones_cambio AFTER UPDATE ON votaciones WHEN OLD.id IS NOT NEW.id OR OLD.punto_id IS NOT NEW.punto_id OR OLD.metodo IS NOT NEW.metodo OR OLD.mayoria IS NOT NEW.mayoria OR OLD.base IS NOT NEW.base OR OLD.a_favor IS NOT NEW.a_favor OR OLD.en_contra IS NOT NEW.en_contra OR OLD.abstenciones IS NOT NEW.abstenciones OR OLD.presentes IS NOT NEW.presentes OR OLD.con_derecho IS NOT NEW.con_derecho OR OLD.aprobada IS NOT NEW.aprobada OR OLD.texto_resultado IS NOT NEW.texto_resultado OR OLD.cerrada_en IS NOT NEW.cerrada_en OR OLD.regla_mayoria IS NOT NEW.regla_mayoria OR OLD.motivo_mayoria IS NOT NEW.motivo_mayoria BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('votaciones', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.punto_id, OLD.metodo, OLD.mayoria, OLD.base, OLD.a_favor, OLD.en_contra, OLD.abstenciones, OLD.presentes, OLD.con_derecho, OLD.aprobada, OLD.texto_resultado, OLD.cerrada_en, OLD.regla_mayoria, OLD.motivo_mayoria), 'despues', json_array(NEW.id, NEW.punto_id, NEW.metodo, NEW.mayoria, NEW.base, NEW.a_favor, NEW.en_contra, NEW.abstenciones, NEW.presentes, NEW.con_derecho, NEW.aprobada, NEW.texto_resultado, NEW.cerrada_en, NEW.regla_mayoria, NEW.motivo_mayoria))); END;

CREATE TRIGGER bitacora_votaciones_baja AFTER DELETE ON votaciones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('votaciones', OLD.id, 'borrado', json_array(OLD.id, OLD.punto_id, OLD.metodo, OLD.mayoria, OLD.base, OLD.a_favor, OLD.en_contra, OLD.abstenciones, OLD.presentes, OLD.con_derecho, OLD.aprobada, OLD.texto_resultado, OLD.cerrada_en, OLD.regla_mayoria, OLD.motivo_mayoria)); END;

-- habilitados_votacion (creada en 0005_sesiones_y_actas)
CREATE TABLE habilitados_votacion (
    votacion_id INTEGER NOT NULL REFERENCES votaciones(id),
    miembro_id INTEGER NOT NULL REFERENCES miembros(id),
    peso INTEGER NOT NULL DEFAULT 1,
    sentido TEXT CHECK (sentido IS NULL OR sentido IN ('a_favor', 'en_contra', 'abstencion')),
    PRIMARY KEY (votacion_id, miembro_id)
);

CREATE TRIGGER habilitados_votacion_congelado_insert BEFORE INSERT ON habilitados_votacion
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT p.sesion_id FROM votaciones v JOIN puntos_orden p ON p.id = v.punto_id WHERE v.id = NEW.votacion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER habilitados_votacion_congelado_update BEFORE UPDATE ON habilitados_votacion
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT p.sesion_id FROM votaciones v JOIN puntos_orden p ON p.id = v.punto_id WHERE v.id = OLD.votacion_id)) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = (SELECT p.sesion_id FROM votaciones v JOIN puntos_orden p ON p.id = v.punto_id WHERE v.id = NEW.votacion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER habilitados_votacion_congelado_delete BEFORE DELETE ON habilitados_votacion
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT p.sesion_id FROM votaciones v JOIN puntos_orden p ON p.id = v.punto_id WHERE v.id = OLD.votacion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_habilitados_votacion_alta AFTER INSERT ON habilitados_votacion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('habilitados_votacion', NEW.votacion_id, 'alta', json_array(NEW.votacion_id, NEW.miembro_id, NEW.peso, NEW.sentido)); END;

CREATE TRIGGER bitacora_habilitados_votacion_cambio AFTER UPDATE ON habilitados_votacion WHEN OLD.votacion_id IS NOT NEW.votacion_id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.peso IS NOT NEW.peso OR OLD.sentido IS NOT NEW.sentido BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('habilitados_votacion', NEW.votacion_id, 'cambio',
        json_object('antes', json_array(OLD.votacion_id, OLD.miembro_id, OLD.peso, OLD.sentido), 'despues', json_array(NEW.votacion_id, NEW.miembro_id, NEW.peso, NEW.sentido))); END;

CREATE TRIGGER bitacora_habilitados_votacion_baja AFTER DELETE ON habilitados_votacion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('habilitados_votacion', OLD.votacion_id, 'borrado', json_array(OLD.votacion_id, OLD.miembro_id, OLD.peso, OLD.sentido)); END;

-- resoluciones (creada en 0005_sesiones_y_actas)
CREATE TABLE resoluciones (
    id INTEGER PRIMARY KEY,
    organo_id INTEGER NOT NULL REFERENCES organos(id),
    anio INTEGER NOT NULL,
    numero INTEGER NOT NULL,
    tipo TEXT NOT NULL CHECK (tipo IN ('resolucion', 'decision', 'declaracion', 'recomendacion')),
    titulo TEXT NOT NULL,
    texto TEXT,
    punto_id INTEGER REFERENCES puntos_orden(id),
    reforma_id INTEGER REFERENCES reformas(id),
    escala_id INTEGER REFERENCES escalas(id),
    UNIQUE (organo_id, anio, tipo, numero)
);

CREATE TRIGGER resoluciones_congelado_insert BEFORE INSERT ON resoluciones
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = NEW.punto_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER resoluciones_congelado_update BEFORE UPDATE ON resoluciones
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = OLD.punto_id)) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = NEW.punto_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER resoluciones_congelado_delete BEFORE DELETE ON resoluciones
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = OLD.punto_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_resoluciones_alta AFTER INSERT ON resoluciones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('resoluciones', NEW.id, 'alta', json_array(NEW.id, NEW.organo_id, NEW.anio, NEW.numero, NEW.tipo, NEW.titulo, NEW.texto, NEW.punto_id, NEW.reforma_id, NEW.escala_id)); END;

CREATE TRIGGER bitacora_resoluciones_cambio AFTER UPDATE ON resoluciones WHEN OLD.id IS NOT NEW.id OR OLD.organo_id IS NOT NEW.organo_id OR OLD.anio IS NOT NEW.anio OR OLD.numero IS NOT NEW.numero OR OLD.tipo IS NOT NEW.tipo OR OLD.titulo IS NOT NEW.titulo OR OLD.texto IS NOT NEW.texto OR OLD.punto_id IS NOT NEW.punto_id OR OLD.reforma_id IS NOT NEW.reforma_id OR OLD.escala_id IS NOT NEW.escala_id BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('resoluciones', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.organo_id, OLD.anio, OLD.numero, OLD.tipo, OLD.titulo, OLD.texto, OLD.punto_id, OLD.reforma_id, OLD.escala_id), 'despues', json_array(NEW.id, NEW.organo_id, NEW.anio, NEW.numero, NEW.tipo, NEW.titulo, NEW.texto, NEW.punto_id, NEW.reforma_id, NEW.escala_id))); END;

CREATE TRIGGER bitacora_resoluciones_baja AFTER DELETE ON resoluciones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('resoluciones', OLD.id, 'borrado', json_array(OLD.id, OLD.organo_id, OLD.anio, OLD.numero, OLD.tipo, OLD.titulo, OLD.texto, OLD.punto_id, OLD.reforma_id, OLD.escala_id)); END;

-- firmantes_declaracion (creada en 0005_sesiones_y_actas)
CREATE TABLE firmantes_declaracion (
    resolucion_id INTEGER NOT NULL REFERENCES resoluciones(id),
    miembro_id INTEGER NOT NULL REFERENCES miembros(id),
    persona TEXT,
    PRIMARY KEY (resolucion_id, miembro_id)
);

CREATE TRIGGER firmantes_declaracion_congelado_insert BEFORE INSERT ON firmantes_declaracion
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT p.sesion_id FROM resoluciones r JOIN puntos_orden p ON p.id = r.punto_id WHERE r.id = NEW.resolucion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER firmantes_declaracion_congelado_update BEFORE UPDATE ON firmantes_declaracion
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT p.sesion_id FROM resoluciones r JOIN puntos_orden p ON p.id = r.punto_id WHERE r.id = OLD.resolucion_id)) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = (SELECT p.sesion_id FROM resoluciones r JOIN puntos_orden p ON p.id = r.punto_id WHERE r.id = NEW.resolucion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER firmantes_declaracion_congelado_delete BEFORE DELETE ON firmantes_declaracion
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT p.sesion_id FROM resoluciones r JOIN puntos_orden p ON p.id = r.punto_id WHERE r.id = OLD.resolucion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_firmantes_declaracion_alta AFTER INSERT ON firmantes_declaracion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('firmantes_declaracion', NEW.resolucion_id, 'alta', json_array(NEW.resolucion_id, NEW.miembro_id, iif(NEW.persona IS NULL, NULL, '§')));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(NEW.persona))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_firmantes_declaracion_cambio AFTER UPDATE ON firmantes_declaracion WHEN OLD.resolucion_id IS NOT NEW.resolucion_id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.persona IS NOT NEW.persona BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('firmantes_declaracion', NEW.resolucion_id, 'cambio',
        json_object('antes', json_array(OLD.resolucion_id, OLD.miembro_id, iif(OLD.persona IS NULL, NULL, '§')), 'despues', json_array(NEW.resolucion_id, NEW.miembro_id, iif(NEW.persona IS NULL, NULL, '§'))));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(OLD.persona)), (1002, json_quote(NEW.persona))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_firmantes_declaracion_baja AFTER DELETE ON firmantes_declaracion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('firmantes_declaracion', OLD.resolucion_id, 'borrado', json_array(OLD.resolucion_id, OLD.miembro_id, iif(OLD.persona IS NULL, NULL, '§')));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(OLD.persona))) WHERE column2 <> 'null'; END;

-- actas (creada en 0005_sesiones_y_actas)
CREATE TABLE actas (
    id INTEGER PRIMARY KEY,
    sesion_id INTEGER NOT NULL UNIQUE REFERENCES sesiones(id),
    estado TEXT NOT NULL DEFAULT 'borrador' CHECK (estado IN ('borrador', 'aprobada', 'firmada')),
    apertura TEXT,
    cierre TEXT,
    preside TEXT,
    secretaria TEXT,
    huella TEXT,
    aprobada_por INTEGER REFERENCES resoluciones(id),
    aprobada_el TEXT CHECK (aprobada_el IS NULL OR date(aprobada_el) IS aprobada_el),
    contenido TEXT,  -- el acta tal como se aprobó (JSON): lo que la huella protege
    huella_registro TEXT,  -- huella de las filas de la sesión (puntos, asistencia, votos…) al aprobarla
    firmada_pdf BLOB,
    CHECK (estado = 'borrador' OR huella IS NOT NULL)
);

CREATE TRIGGER actas_congeladas BEFORE UPDATE ON actas
    WHEN OLD.estado IN ('aprobada', 'firmada') AND (
         NEW.sesion_id IS NOT OLD.sesion_id OR NEW.contenido IS NOT OLD.contenido
         OR NEW.huella_registro IS NOT OLD.huella_registro
         OR NEW.apertura IS NOT OLD.apertura OR NEW.cierre IS NOT OLD.cierre OR NEW.preside IS NOT OLD.preside
         OR NEW.secretaria IS NOT OLD.secretaria OR NEW.huella IS NOT OLD.huella
         OR NEW.aprobada_por IS NOT OLD.aprobada_por OR NEW.aprobada_el IS NOT OLD.aprobada_el
         OR NEW.estado = 'borrador' OR (OLD.estado = 'firmada' AND NEW.estado <> 'firmada'))
    BEGIN SELECT RAISE(ABORT, 'El acta está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER actas_sin_borrado BEFORE DELETE ON actas WHEN OLD.estado <> 'borrador'
    BEGIN SELECT RAISE(ABORT, 'Un acta aprobada no se borra.'); END;

CREATE TRIGGER bitacora_actas_alta AFTER INSERT ON actas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('actas', NEW.id, 'alta', json_array(NEW.id, NEW.sesion_id, NEW.estado, NEW.apertura, NEW.cierre, NEW.preside, NEW.secretaria, NEW.huella, NEW.aprobada_por, NEW.aprobada_el, NEW.contenido, NEW.huella_registro)); END;

CREATE TRIGGER bitacora_actas_cambio AFTER UPDATE ON actas WHEN OLD.id IS NOT NEW.id OR OLD.sesion_id IS NOT NEW.sesion_id OR OLD.estado IS NOT NEW.estado OR OLD.apertura IS NOT NEW.apertura OR OLD.cierre IS NOT NEW.cierre OR OLD.preside IS NOT NEW.preside OR OLD.secretaria IS NOT NEW.secretaria OR OLD.huella IS NOT NEW.huella OR OLD.aprobada_por IS NOT NEW.aprobada_por OR OLD.aprobada_el IS NOT NEW.aprobada_el OR OLD.contenido IS NOT NEW.contenido OR OLD.huella_registro IS NOT NEW.huella_registro BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('actas', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.sesion_id, OLD.estado, OLD.apertura, OLD.cierre, OLD.preside, OLD.secretaria, OLD.huella, OLD.aprobada_por, OLD.aprobada_el, OLD.contenido, OLD.huella_registro), 'despues', json_array(NEW.id, NEW.sesion_id, NEW.estado, NEW.apertura, NEW.cierre, NEW.preside, NEW.secretaria, NEW.huella, NEW.aprobada_por, NEW.aprobada_el, NEW.contenido, NEW.huella_registro))); END;

CREATE TRIGGER bitacora_actas_baja AFTER DELETE ON actas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('actas', OLD.id, 'borrado', json_array(OLD.id, OLD.sesion_id, OLD.estado, OLD.apertura, OLD.cierre, OLD.preside, OLD.secretaria, OLD.huella, OLD.aprobada_por, OLD.aprobada_el, OLD.contenido, OLD.huella_registro)); END;

CREATE TRIGGER actas_pdf_firmado_fijo BEFORE UPDATE OF firmada_pdf ON actas
    WHEN OLD.firmada_pdf IS NOT NULL AND NEW.firmada_pdf IS NOT OLD.firmada_pdf
    BEGIN SELECT RAISE(ABORT, 'El acta ya tiene su PDF firmado: no se reemplaza ni se quita.'); END;

-- fe_de_erratas (creada en 0005_sesiones_y_actas)
CREATE TABLE fe_de_erratas (
    id INTEGER PRIMARY KEY,
    acta_id INTEGER NOT NULL REFERENCES actas(id),
    fecha TEXT NOT NULL DEFAULT (date('now')),
    texto TEXT NOT NULL CHECK (length(trim(texto)) > 0)
);

CREATE TRIGGER fe_de_erratas_solo_agregar_update BEFORE UPDATE ON fe_de_erratas
    BEGIN SELECT RAISE(ABORT, 'Una fe de erratas no se modifica ni se borra: se agrega otra.'); END;

CREATE TRIGGER fe_de_erratas_solo_agregar_delete BEFORE DELETE ON fe_de_erratas
    BEGIN SELECT RAISE(ABORT, 'Una fe de erratas no se modifica ni se borra: se agrega otra.'); END;

CREATE TRIGGER bitacora_fe_de_erratas_alta AFTER INSERT ON fe_de_erratas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('fe_de_erratas', NEW.id, 'alta', json_array(NEW.id, NEW.acta_id, NEW.fecha, NEW.texto)); END;

CREATE TRIGGER bitacora_fe_de_erratas_cambio AFTER UPDATE ON fe_de_erratas WHEN OLD.id IS NOT NEW.id OR OLD.acta_id IS NOT NEW.acta_id OR OLD.fecha IS NOT NEW.fecha OR OLD.texto IS NOT NEW.texto BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('fe_de_erratas', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.acta_id, OLD.fecha, OLD.texto), 'despues', json_array(NEW.id, NEW.acta_id, NEW.fecha, NEW.texto))); END;

CREATE TRIGGER bitacora_fe_de_erratas_baja AFTER DELETE ON fe_de_erratas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('fe_de_erratas', OLD.id, 'borrado', json_array(OLD.id, OLD.acta_id, OLD.fecha, OLD.texto)); END;

-- reglas_quorum (creada en 0005_sesiones_y_actas)
--   columnas de 0012_reglas_del_dominio: vigente_desde, quorum_propio, mayoria, base_mayoria, articulo_mayoria, articulo_poderes
--   columnas de 0041_reglas_del_estatuto: motivo, reforma_id
CREATE TABLE "reglas_quorum" (
    id INTEGER PRIMARY KEY,
    organo_id INTEGER NOT NULL REFERENCES organos(id),
    tipo_decision TEXT NOT NULL DEFAULT 'ordinaria' CHECK (tipo_decision IN ('ordinaria', 'reforma_estatuto', 'reforma_reglamento', 'admision', 'exclusion', 'cuotas_presupuesto', 'eleccion', 'disolucion')),
    numerador INTEGER NOT NULL DEFAULT 1 CHECK (numerador > 0),
    denominador INTEGER NOT NULL DEFAULT 2 CHECK (denominador >= numerador),
    mas_uno INTEGER NOT NULL DEFAULT 1 CHECK (mas_uno IN (0, 1)),
    sobre TEXT NOT NULL DEFAULT 'con_derecho' CHECK (sobre IN ('con_derecho', 'integrantes')),
    segunda_convocatoria_minutos INTEGER CHECK (segunda_convocatoria_minutos IS NULL OR segunda_convocatoria_minutos > 0),
    poderes_maximos INTEGER CHECK (poderes_maximos IS NULL OR poderes_maximos >= 0),
    suspende_morosos INTEGER NOT NULL DEFAULT 1 CHECK (suspende_morosos IN (0, 1)),
    articulo TEXT,
    vigente_desde TEXT NOT NULL DEFAULT '1900-01-01' CHECK (vigente_desde IS NULL OR date(vigente_desde) IS vigente_desde),
    quorum_propio INTEGER NOT NULL DEFAULT 1 CHECK (quorum_propio IN (0, 1)),
    mayoria TEXT CHECK (mayoria IS NULL OR mayoria IN ('simple', 'absoluta', 'dos_tercios', 'tres_cuartos')),
    base_mayoria TEXT CHECK (base_mayoria IS NULL OR base_mayoria IN ('emitidos', 'presentes', 'con_derecho', 'sna', 'validos', 'todos')),
    articulo_mayoria TEXT,
    articulo_poderes TEXT, motivo TEXT, reforma_id INTEGER REFERENCES reformas(id),
    CHECK ((mayoria IS NULL) = (base_mayoria IS NULL)),
    CHECK (mayoria IS NOT 'simple' OR base_mayoria = 'emitidos'),
    UNIQUE (organo_id, tipo_decision, vigente_desde)
);

CREATE TRIGGER bitacora_reglas_quorum_alta AFTER INSERT ON reglas_quorum BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('reglas_quorum', NEW.id, 'alta', json_array(NEW.id, NEW.organo_id, NEW.tipo_decision, NEW.numerador, NEW.denominador, NEW.mas_uno, NEW.sobre, NEW.segunda_convocatoria_minutos, NEW.poderes_maximos, NEW.suspende_morosos, NEW.articulo, NEW.vigente_desde, NEW.quorum_propio, NEW.mayoria, NEW.base_mayoria, NEW.articulo_mayoria, NEW.articulo_poderes, NEW.motivo, NEW.reforma_id)); END;

CREATE TRIGGER bitacora_reglas_quorum_cambio AFTER UPDATE ON reglas_quorum WHEN OLD.id IS NOT NEW.id OR OLD.organo_id IS NOT NEW.organo_id OR OLD.tipo_decision IS NOT NEW.tipo_decision OR OLD.numerador IS NOT NEW.numerador OR OLD.denominador IS NOT NEW.denominador OR OLD.mas_uno IS NOT NEW.mas_uno OR OLD.sobre IS NOT NEW.sobre OR OLD.segunda_convocatoria_minutos IS NOT NEW.segunda_convocatoria_minutos OR OLD.poderes_maximos IS NOT NEW.poderes_maximos OR OLD.suspende_morosos IS NOT NEW.suspende_morosos OR OLD.articulo IS NOT NEW.articulo OR OLD.vigente_desde IS NOT NEW.vigente_desde OR OLD.quorum_propio IS NOT NEW.quorum_propio OR OLD.mayoria IS NOT NEW.mayoria OR OLD.base_mayoria IS NOT NEW.base_mayoria OR OLD.articulo_mayoria IS NOT NEW.articulo_mayoria OR OLD.articulo_poderes IS NOT NEW.articulo_poderes OR OLD.motivo IS NOT NEW.motivo OR OLD.reforma_id IS NOT NEW.reforma_id BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('reglas_quorum', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.organo_id, OLD.tipo_decision, OLD.numerador, OLD.denominador, OLD.mas_uno, OLD.sobre, OLD.segunda_convocatoria_minutos, OLD.poderes_maximos, OLD.suspende_morosos, OLD.articulo, OLD.vigente_desde, OLD.quorum_propio, OLD.mayoria, OLD.base_mayoria, OLD.articulo_mayoria, OLD.articulo_poderes, OLD.motivo, OLD.reforma_id), 'despues', json_array(NEW.id, NEW.organo_id, NEW.tipo_decision, NEW.numerador, NEW.denominador, NEW.mas_uno, NEW.sobre, NEW.segunda_convocatoria_minutos, NEW.poderes_maximos, NEW.suspende_morosos, NEW.articulo, NEW.vigente_desde, NEW.quorum_propio, NEW.mayoria, NEW.base_mayoria, NEW.articulo_mayoria, NEW.articulo_poderes, NEW.motivo, NEW.reforma_id))); END;

CREATE TRIGGER bitacora_reglas_quorum_baja AFTER DELETE ON reglas_quorum BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('reglas_quorum', OLD.id, 'borrado', json_array(OLD.id, OLD.organo_id, OLD.tipo_decision, OLD.numerador, OLD.denominador, OLD.mas_uno, OLD.sobre, OLD.segunda_convocatoria_minutos, OLD.poderes_maximos, OLD.suspende_morosos, OLD.articulo, OLD.vigente_desde, OLD.quorum_propio, OLD.mayoria, OLD.base_mayoria, OLD.articulo_mayoria, OLD.articulo_poderes, OLD.motivo, OLD.reforma_id)); END;


-- ==================== 0006_bitacora ===================================================================

-- bitacora (creada en 0006_bitacora)
CREATE TABLE bitacora (
    id INTEGER PRIMARY KEY,
    entidad TEXT NOT NULL,
    entidad_id INTEGER,
    accion TEXT NOT NULL CHECK (accion IN ('alta', 'cambio', 'borrado')),
    datos TEXT NOT NULL
);

CREATE INDEX bitacora_por_fila ON bitacora(entidad, entidad_id);

CREATE TRIGGER bitacora_solo_agregar_delete BEFORE DELETE ON bitacora
    BEGIN SELECT RAISE(ABORT, 'La bitácora solo admite agregar registros.'); END;

CREATE TRIGGER bitacora_solo_agregar_update BEFORE UPDATE ON bitacora
    BEGIN SELECT RAISE(ABORT, 'La bitácora solo admite agregar registros.'); END;

-- bitacora_sellos (creada en 0006_bitacora)
CREATE TABLE bitacora_sellos (
    id INTEGER PRIMARY KEY,
    momento TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    usuario TEXT,
    operador TEXT,
    desde_id INTEGER NOT NULL,
    hasta_id INTEGER NOT NULL,
    huella_anterior TEXT,
    huella TEXT NOT NULL
);

CREATE TRIGGER bitacora_sellos_solo_agregar_update BEFORE UPDATE ON bitacora_sellos
    BEGIN SELECT RAISE(ABORT, 'La bitácora solo admite agregar registros.'); END;

CREATE TRIGGER bitacora_sellos_solo_agregar_delete BEFORE DELETE ON bitacora_sellos
    BEGIN SELECT RAISE(ABORT, 'La bitácora solo admite agregar registros.'); END;


-- ==================== 0007_elecciones =================================================================

-- elecciones (creada en 0007_elecciones)
--   columnas de 0018_bases_de_votacion: regla_mayoria, motivo_mayoria
--   columnas de 0019_elecciones_de_varios_puestos: puestos, puestos_segunda_vuelta
--   columnas de 0042_boletas_de_varios_nombres: boleta, marcas_min, marcas_max, boletas, no_a_todas
CREATE TABLE elecciones (
    id INTEGER PRIMARY KEY,
    punto_id INTEGER NOT NULL UNIQUE REFERENCES puntos_orden(id),
    organo_id INTEGER NOT NULL REFERENCES organos(id),
    cargo TEXT NOT NULL CHECK (cargo IN ('presidente', 'vicepresidente', 'secretario', 'coordinador', 'subcoordinador', 'titular', 'suplente', 'observador', 'integrante', 'secretario_ejecutivo', 'secretario_programacion', 'secretario_finanzas', 'tesorero', 'director')),
    con_voto INTEGER NOT NULL DEFAULT 1 CHECK (con_voto IN (0, 1)),
    desde TEXT NOT NULL CHECK (desde IS NULL OR date(desde) IS desde),
    hasta TEXT CHECK (hasta IS NULL OR date(hasta) IS hasta),
    metodo TEXT CHECK (metodo IS NULL OR metodo IN ('alzada', 'nominal', 'secreta')),
    mayoria TEXT CHECK (mayoria IS NULL OR mayoria IN ('simple', 'absoluta', 'dos_tercios', 'tres_cuartos')),
    base TEXT CHECK (base IS NULL OR base IN ('emitidos', 'presentes', 'con_derecho', 'sna', 'validos', 'todos')),
    blancos INTEGER CHECK (blancos IS NULL OR blancos >= 0),
    nulos INTEGER CHECK (nulos IS NULL OR nulos >= 0),
    abstenciones INTEGER CHECK (abstenciones IS NULL OR abstenciones >= 0),
    presentes INTEGER,
    con_derecho INTEGER,
    ganadora_id INTEGER REFERENCES candidaturas(id),
    texto_resultado TEXT,
    cerrada_en TEXT,
    mandato_id INTEGER UNIQUE REFERENCES mandatos(id),
    confirmada_en TEXT, regla_mayoria TEXT, motivo_mayoria TEXT, puestos INTEGER NOT NULL DEFAULT 1 CHECK (puestos BETWEEN 1 AND 1000), puestos_segunda_vuelta INTEGER CHECK (puestos_segunda_vuelta IS NULL OR puestos_segunda_vuelta >= 1), boleta TEXT NOT NULL DEFAULT 'una' CHECK (boleta IN ('una', 'marcas')), marcas_min INTEGER CHECK (marcas_min IS NULL OR marcas_min >= 1), marcas_max INTEGER CHECK (marcas_max IS NULL OR (marcas_max >= 1 AND marcas_max >= coalesce(marcas_min, 1))), boletas INTEGER CHECK (boletas IS NULL OR boletas >= 0), no_a_todas INTEGER CHECK (no_a_todas IS NULL OR no_a_todas >= 0),
    CHECK (hasta IS NULL OR hasta >= desde)
);

CREATE TRIGGER elecciones_congelado_insert BEFORE INSERT ON elecciones
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = NEW.punto_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER elecciones_congelado_delete BEFORE DELETE ON elecciones
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = OLD.punto_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER elecciones_confirmacion_fija BEFORE UPDATE ON elecciones
    WHEN (OLD.mandato_id IS NOT NULL OR OLD.confirmada_en IS NOT NULL)
     AND (NEW.mandato_id IS NOT OLD.mandato_id OR NEW.confirmada_en IS NOT OLD.confirmada_en)
    BEGIN SELECT RAISE(ABORT, 'La elección ya fue confirmada: su mandato no se cambia ni se deshace.'); END;

CREATE TRIGGER elecciones_congelado_update BEFORE UPDATE ON elecciones
    WHEN ((SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = NEW.punto_id)) IN ('aprobada', 'firmada') AND OLD.punto_id IS NOT NEW.punto_id)
      OR ((SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = OLD.punto_id)) IN ('aprobada', 'firmada') AND (OLD.id IS NOT NEW.id OR OLD.punto_id IS NOT NEW.punto_id OR OLD.organo_id IS NOT NEW.organo_id OR OLD.cargo IS NOT NEW.cargo OR OLD.con_voto IS NOT NEW.con_voto OR OLD.desde IS NOT NEW.desde OR OLD.hasta IS NOT NEW.hasta OR OLD.metodo IS NOT NEW.metodo OR OLD.mayoria IS NOT NEW.mayoria OR OLD.base IS NOT NEW.base OR OLD.blancos IS NOT NEW.blancos OR OLD.nulos IS NOT NEW.nulos OR OLD.abstenciones IS NOT NEW.abstenciones OR OLD.presentes IS NOT NEW.presentes OR OLD.con_derecho IS NOT NEW.con_derecho OR OLD.ganadora_id IS NOT NEW.ganadora_id OR OLD.texto_resultado IS NOT NEW.texto_resultado OR OLD.cerrada_en IS NOT NEW.cerrada_en OR OLD.regla_mayoria IS NOT NEW.regla_mayoria OR OLD.motivo_mayoria IS NOT NEW.motivo_mayoria OR OLD.puestos IS NOT NEW.puestos OR OLD.puestos_segunda_vuelta IS NOT NEW.puestos_segunda_vuelta OR OLD.boleta IS NOT NEW.boleta OR OLD.marcas_min IS NOT NEW.marcas_min OR OLD.marcas_max IS NOT NEW.marcas_max OR OLD.boletas IS NOT NEW.boletas OR OLD.no_a_todas IS NOT NEW.no_a_todas))
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_elecciones_alta AFTER INSERT ON elecciones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('elecciones', NEW.id, 'alta', json_array(NEW.id, NEW.punto_id, NEW.organo_id, NEW.cargo, NEW.con_voto, NEW.desde, NEW.hasta, NEW.metodo, NEW.mayoria, NEW.base, NEW.blancos, NEW.nulos, NEW.abstenciones, NEW.presentes, NEW.con_derecho, NEW.ganadora_id, NEW.texto_resultado, NEW.cerrada_en, NEW.mandato_id, NEW.confirmada_en, NEW.regla_mayoria, NEW.motivo_mayoria, NEW.puestos, NEW.puestos_segunda_vuelta, NEW.boleta, NEW.marcas_min, NEW.marcas_max, NEW.boletas, NEW.no_a_todas)); END;

CREATE TRIGGER bitacora_elecciones_cambio AFTER UPDATE ON elecciones WHEN OLD.id IS NOT NEW.id OR OLD.punto_id IS NOT NEW.punto_id OR OLD.organo_id IS NOT NEW.organo_id OR OLD.cargo IS NOT NEW.cargo OR OLD.con_voto IS NOT NEW.con_voto OR OLD.desde IS NOT NEW.desde OR OLD.hasta IS NOT NEW.hasta OR OLD.metodo IS NOT NEW.metodo OR OLD.mayoria IS NOT NEW.mayoria OR OLD.base IS NOT NEW.base OR OLD.blancos IS NOT NEW.blancos OR OLD.nulos IS NOT NEW.nulos OR OLD.abstenciones IS NOT NEW.abstenciones OR OLD.presentes IS NOT NEW.presentes OR OLD.con_derecho IS NOT NEW.con_derecho OR OLD.ganadora_id IS NOT NEW.ganadora_id OR OLD.texto_resultado IS NOT NEW.texto_resultado OR OLD.cerrada_en IS NOT NEW.cerrada_en OR OLD.mandato_id IS NOT NEW.mandato_id OR OLD.confirmada_en IS NOT NEW.confirmada_en OR OLD.regla_mayoria IS NOT NEW.regla_mayoria OR OLD.motivo_mayoria IS NOT NEW.motivo_mayoria OR OLD.puestos IS NOT NEW.puestos OR OLD.puestos_segunda_vuelta IS NOT NEW.puestos_segunda_vuelta OR OLD.boleta IS NOT NEW.boleta OR OLD.marcas_min IS NOT NEW.marcas_min OR OLD.marcas_max IS NOT NEW.marcas_max OR OLD.boletas IS NOT NEW.boletas OR OLD.no_a_todas IS NOT NEW.no_a_todas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('elecciones', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.punto_id, OLD.organo_id, OLD.cargo, OLD.con_voto, OLD.desde, OLD.hasta, OLD.metodo, OLD.mayoria, OLD.base, OLD.blancos, OLD.nulos, OLD.abstenciones, OLD.presentes, OLD.con_derecho, OLD.ganadora_id, OLD.texto_resultado, OLD.cerrada_en, OLD.mandato_id, OLD.confirmada_en, OLD.regla_mayoria, OLD.motivo_mayoria, OLD.puestos, OLD.puestos_segunda_vuelta, OLD.boleta, OLD.marcas_min, OLD.marcas_max, OLD.boletas, OLD.no_a_todas), 'despues', json_array(NEW.id, NEW.punto_id, NEW.organo_id, NEW.cargo, NEW.con_voto, NEW.desde, NEW.hasta, NEW.metodo, NEW.mayoria, NEW.base, NEW.blancos, NEW.nulos, NEW.abstenciones, NEW.presentes, NEW.con_derecho, NEW.ganadora_id, NEW.texto_resultado, NEW.cerrada_en, NEW.mandato_id, NEW.confirmada_en, NEW.regla_mayoria, NEW.motivo_mayoria, NEW.puestos, NEW.puestos_segunda_vuelta, NEW.boleta, NEW.marcas_min, NEW.marcas_max, NEW.boletas, NEW.no_a_todas))); END;

CREATE TRIGGER bitacora_elecciones_baja AFTER DELETE ON elecciones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('elecciones', OLD.id, 'borrado', json_array(OLD.id, OLD.punto_id, OLD.organo_id, OLD.cargo, OLD.con_voto, OLD.desde, OLD.hasta, OLD.metodo, OLD.mayoria, OLD.base, OLD.blancos, OLD.nulos, OLD.abstenciones, OLD.presentes, OLD.con_derecho, OLD.ganadora_id, OLD.texto_resultado, OLD.cerrada_en, OLD.mandato_id, OLD.confirmada_en, OLD.regla_mayoria, OLD.motivo_mayoria, OLD.puestos, OLD.puestos_segunda_vuelta, OLD.boleta, OLD.marcas_min, OLD.marcas_max, OLD.boletas, OLD.no_a_todas)); END;

-- candidaturas (creada en 0007_elecciones)
--   columnas de 0019_elecciones_de_varios_puestos: electa, finalista, mandato_id
--   columnas de 0049_forma_del_cargo: forma
CREATE TABLE candidaturas (
    id INTEGER PRIMARY KEY,
    eleccion_id INTEGER NOT NULL REFERENCES elecciones(id),
    miembro_id INTEGER REFERENCES miembros(id),
    persona TEXT,
    votos INTEGER CHECK (votos IS NULL OR votos >= 0), electa INTEGER CHECK (electa IS NULL OR electa >= 1), finalista INTEGER NOT NULL DEFAULT 0 CHECK (finalista IN (0, 1)), mandato_id INTEGER REFERENCES mandatos(id), forma TEXT NOT NULL DEFAULT 'masculina' CHECK (forma IN ('masculina', 'femenina')),
    CHECK (miembro_id IS NOT NULL OR persona IS NOT NULL)
);

CREATE INDEX candidaturas_eleccion ON candidaturas(eleccion_id);

CREATE UNIQUE INDEX candidaturas_mandato ON candidaturas(mandato_id) WHERE mandato_id IS NOT NULL;

CREATE UNIQUE INDEX candidaturas_orden_electa ON candidaturas(eleccion_id, electa) WHERE electa IS NOT NULL;

CREATE TRIGGER candidaturas_congelado_insert BEFORE INSERT ON candidaturas
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = (SELECT punto_id FROM elecciones WHERE id = NEW.eleccion_id))) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER candidaturas_congelado_delete BEFORE DELETE ON candidaturas
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = (SELECT punto_id FROM elecciones WHERE id = OLD.eleccion_id))) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER candidaturas_congelado_update BEFORE UPDATE ON candidaturas
    WHEN ((SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = (SELECT punto_id FROM elecciones WHERE id = NEW.eleccion_id))) IN ('aprobada', 'firmada') AND OLD.eleccion_id IS NOT NEW.eleccion_id)
      OR ((SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = (SELECT punto_id FROM elecciones WHERE id = OLD.eleccion_id))) IN ('aprobada', 'firmada') AND (OLD.id IS NOT NEW.id OR OLD.eleccion_id IS NOT NEW.eleccion_id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.persona IS NOT NEW.persona OR OLD.votos IS NOT NEW.votos OR OLD.electa IS NOT NEW.electa OR OLD.finalista IS NOT NEW.finalista))
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER candidaturas_confirmacion_fija BEFORE UPDATE ON candidaturas
    WHEN OLD.mandato_id IS NOT NULL AND NEW.mandato_id IS NOT OLD.mandato_id
    BEGIN SELECT RAISE(ABORT, 'La candidatura electa ya tiene su mandato registrado: no se cambia ni se deshace.'); END;

CREATE TRIGGER candidaturas_mandato_de_electa BEFORE UPDATE OF mandato_id ON candidaturas
    WHEN NEW.mandato_id IS NOT NULL AND NEW.electa IS NULL
    BEGIN SELECT RAISE(ABORT, 'Solo una candidatura electa recibe un mandato al confirmar la elección.'); END;

CREATE TRIGGER bitacora_candidaturas_alta AFTER INSERT ON candidaturas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('candidaturas', NEW.id, 'alta', json_array(NEW.id, NEW.eleccion_id, NEW.miembro_id, iif(NEW.persona IS NULL, NULL, '§'), NEW.votos, NEW.electa, NEW.finalista, NEW.mandato_id, NEW.forma));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (3, json_quote(NEW.persona))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_candidaturas_cambio AFTER UPDATE ON candidaturas WHEN OLD.id IS NOT NEW.id OR OLD.eleccion_id IS NOT NEW.eleccion_id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.persona IS NOT NEW.persona OR OLD.votos IS NOT NEW.votos OR OLD.electa IS NOT NEW.electa OR OLD.finalista IS NOT NEW.finalista OR OLD.mandato_id IS NOT NEW.mandato_id OR OLD.forma IS NOT NEW.forma BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('candidaturas', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.eleccion_id, OLD.miembro_id, iif(OLD.persona IS NULL, NULL, '§'), OLD.votos, OLD.electa, OLD.finalista, OLD.mandato_id, OLD.forma), 'despues', json_array(NEW.id, NEW.eleccion_id, NEW.miembro_id, iif(NEW.persona IS NULL, NULL, '§'), NEW.votos, NEW.electa, NEW.finalista, NEW.mandato_id, NEW.forma)));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (3, json_quote(OLD.persona)), (1003, json_quote(NEW.persona))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_candidaturas_baja AFTER DELETE ON candidaturas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('candidaturas', OLD.id, 'borrado', json_array(OLD.id, OLD.eleccion_id, OLD.miembro_id, iif(OLD.persona IS NULL, NULL, '§'), OLD.votos, OLD.electa, OLD.finalista, OLD.mandato_id, OLD.forma));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (3, json_quote(OLD.persona))) WHERE column2 <> 'null'; END;

-- votos_eleccion (creada en 0007_elecciones)
CREATE TABLE votos_eleccion (
    eleccion_id INTEGER NOT NULL REFERENCES elecciones(id),
    miembro_id INTEGER NOT NULL REFERENCES miembros(id),
    peso INTEGER NOT NULL DEFAULT 1,
    candidatura_id INTEGER REFERENCES candidaturas(id),
    otro TEXT CHECK (otro IS NULL OR otro IN ('blanco', 'abstencion')),
    CHECK (candidatura_id IS NULL OR otro IS NULL),
    PRIMARY KEY (eleccion_id, miembro_id)
);

CREATE TRIGGER votos_eleccion_congelado_insert BEFORE INSERT ON votos_eleccion
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = (SELECT punto_id FROM elecciones WHERE id = NEW.eleccion_id))) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER votos_eleccion_congelado_update BEFORE UPDATE ON votos_eleccion
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = (SELECT punto_id FROM elecciones WHERE id = OLD.eleccion_id))) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = (SELECT punto_id FROM elecciones WHERE id = NEW.eleccion_id))) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER votos_eleccion_congelado_delete BEFORE DELETE ON votos_eleccion
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = (SELECT punto_id FROM elecciones WHERE id = OLD.eleccion_id))) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_votos_eleccion_alta AFTER INSERT ON votos_eleccion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('votos_eleccion', NEW.eleccion_id, 'alta', json_array(NEW.eleccion_id, NEW.miembro_id, NEW.peso, NEW.candidatura_id, NEW.otro)); END;

CREATE TRIGGER bitacora_votos_eleccion_cambio AFTER UPDATE ON votos_eleccion WHEN OLD.eleccion_id IS NOT NEW.eleccion_id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.peso IS NOT NEW.peso OR OLD.candidatura_id IS NOT NEW.candidatura_id OR OLD.otro IS NOT NEW.otro BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('votos_eleccion', NEW.eleccion_id, 'cambio',
        json_object('antes', json_array(OLD.eleccion_id, OLD.miembro_id, OLD.peso, OLD.candidatura_id, OLD.otro), 'despues', json_array(NEW.eleccion_id, NEW.miembro_id, NEW.peso, NEW.candidatura_id, NEW.otro))); END;

CREATE TRIGGER bitacora_votos_eleccion_baja AFTER DELETE ON votos_eleccion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('votos_eleccion', OLD.eleccion_id, 'borrado', json_array(OLD.eleccion_id, OLD.miembro_id, OLD.peso, OLD.candidatura_id, OLD.otro)); END;


-- ==================== 0009_identidad_y_firmantes ======================================================

-- identidad_base (creada en 0009_identidad_y_firmantes)
CREATE TABLE identidad_base (
    unica INTEGER PRIMARY KEY CHECK (unica = 1),
    base_id TEXT NOT NULL CHECK (length(base_id) = 32),
    creada_en TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TRIGGER identidad_base_fija_update BEFORE UPDATE ON identidad_base
    BEGIN SELECT RAISE(ABORT, 'La identidad de la base no se cambia ni se borra.'); END;

CREATE TRIGGER identidad_base_fija_delete BEFORE DELETE ON identidad_base
    BEGIN SELECT RAISE(ABORT, 'La identidad de la base no se cambia ni se borra.'); END;


-- ==================== 0012_reglas_del_dominio =========================================================

-- categorias_pais (creada en 0012_reglas_del_dominio)
CREATE TABLE categorias_pais (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    pais TEXT NOT NULL CHECK (length(pais) = 2 AND pais = upper(pais)),
    categoria TEXT NOT NULL CHECK (categoria IN ('pleno', 'asociado', 'observador', 'retirado')),
    desde TEXT NOT NULL CHECK (desde IS NULL OR date(desde) IS desde),
    articulo TEXT,
    UNIQUE (asociacion_id, pais, desde)
);

CREATE TRIGGER bitacora_categorias_pais_alta AFTER INSERT ON categorias_pais BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('categorias_pais', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.pais, NEW.categoria, NEW.desde, NEW.articulo)); END;

CREATE TRIGGER bitacora_categorias_pais_cambio AFTER UPDATE ON categorias_pais WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.pais IS NOT NEW.pais OR OLD.categoria IS NOT NEW.categoria OR OLD.desde IS NOT NEW.desde OR OLD.articulo IS NOT NEW.articulo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('categorias_pais', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.pais, OLD.categoria, OLD.desde, OLD.articulo), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.pais, NEW.categoria, NEW.desde, NEW.articulo))); END;

CREATE TRIGGER bitacora_categorias_pais_baja AFTER DELETE ON categorias_pais BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('categorias_pais', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.pais, OLD.categoria, OLD.desde, OLD.articulo)); END;


-- ==================== 0013_documentos_emitidos ========================================================

-- documentos_emitidos (creada en 0013_documentos_emitidos)
CREATE TABLE documentos_emitidos (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    codigo TEXT NOT NULL UNIQUE,
    tipo TEXT NOT NULL CHECK (tipo IN ('acta', 'resolucion', 'recibo', 'estado_cuenta', 'acta_borrador', 'convocatoria', 'aviso', 'padron', 'composicion', 'organigrama', 'norma', 'resumen_cobranza', 'informe_unidad', 'memoria')),
    referencia INTEGER NOT NULL,  -- id del acta, la resolución, el recibo o el miembro (estado de cuenta)
    huella TEXT NOT NULL CHECK (length(huella) = 64),  -- la del registro en el momento de emitir
    resumen TEXT NOT NULL CHECK (json_valid(resumen)),  -- lo que el documento afirma, para mostrarlo
    emitido_en TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (tipo, referencia, huella)
);

CREATE TRIGGER documentos_emitidos_fijo_update BEFORE UPDATE ON documentos_emitidos
    BEGIN SELECT RAISE(ABORT, 'Un documento emitido no se cambia ni se borra.'); END;

CREATE TRIGGER documentos_emitidos_fijo_delete BEFORE DELETE ON documentos_emitidos
    BEGIN SELECT RAISE(ABORT, 'Un documento emitido no se cambia ni se borra.'); END;

CREATE TRIGGER bitacora_documentos_emitidos_alta AFTER INSERT ON documentos_emitidos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('documentos_emitidos', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.codigo, NEW.tipo, NEW.referencia, NEW.huella, NEW.resumen, NEW.emitido_en)); END;

CREATE TRIGGER bitacora_documentos_emitidos_cambio AFTER UPDATE ON documentos_emitidos WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.codigo IS NOT NEW.codigo OR OLD.tipo IS NOT NEW.tipo OR OLD.referencia IS NOT NEW.referencia OR OLD.huella IS NOT NEW.huella OR OLD.resumen IS NOT NEW.resumen OR OLD.emitido_en IS NOT NEW.emitido_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('documentos_emitidos', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.codigo, OLD.tipo, OLD.referencia, OLD.huella, OLD.resumen, OLD.emitido_en), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.codigo, NEW.tipo, NEW.referencia, NEW.huella, NEW.resumen, NEW.emitido_en))); END;

CREATE TRIGGER bitacora_documentos_emitidos_baja AFTER DELETE ON documentos_emitidos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('documentos_emitidos', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.codigo, OLD.tipo, OLD.referencia, OLD.huella, OLD.resumen, OLD.emitido_en)); END;

-- archivos_emitidos (creada en 0013_documentos_emitidos)
CREATE TABLE archivos_emitidos (
    id INTEGER PRIMARY KEY,
    documento_id INTEGER NOT NULL REFERENCES documentos_emitidos(id),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    copia INTEGER NOT NULL CHECK (copia >= 0),  -- 0: el original; 1, 2…: reimpresiones
    texto TEXT,  -- su texto como lo lee la verificación (espacios simples): dice qué cambió en una copia alterada
    generado_en TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (documento_id, copia)
);

CREATE INDEX archivos_emitidos_sha256 ON archivos_emitidos (sha256);

CREATE TRIGGER archivos_emitidos_fijo_update BEFORE UPDATE ON archivos_emitidos
    BEGIN SELECT RAISE(ABORT, 'Un archivo emitido no se cambia ni se borra.'); END;

CREATE TRIGGER archivos_emitidos_fijo_delete BEFORE DELETE ON archivos_emitidos
    BEGIN SELECT RAISE(ABORT, 'Un archivo emitido no se cambia ni se borra.'); END;

CREATE TRIGGER bitacora_archivos_emitidos_alta AFTER INSERT ON archivos_emitidos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('archivos_emitidos', NEW.id, 'alta', json_array(NEW.id, NEW.documento_id, NEW.sha256, NEW.copia, NEW.texto, NEW.generado_en)); END;

CREATE TRIGGER bitacora_archivos_emitidos_cambio AFTER UPDATE ON archivos_emitidos WHEN OLD.id IS NOT NEW.id OR OLD.documento_id IS NOT NEW.documento_id OR OLD.sha256 IS NOT NEW.sha256 OR OLD.copia IS NOT NEW.copia OR OLD.texto IS NOT NEW.texto OR OLD.generado_en IS NOT NEW.generado_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('archivos_emitidos', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.documento_id, OLD.sha256, OLD.copia, OLD.texto, OLD.generado_en), 'despues', json_array(NEW.id, NEW.documento_id, NEW.sha256, NEW.copia, NEW.texto, NEW.generado_en))); END;

CREATE TRIGGER bitacora_archivos_emitidos_baja AFTER DELETE ON archivos_emitidos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('archivos_emitidos', OLD.id, 'borrado', json_array(OLD.id, OLD.documento_id, OLD.sha256, OLD.copia, OLD.texto, OLD.generado_en)); END;


-- ==================== 0014_firmas_digitales ===========================================================

-- firmas_digitales (creada en 0014_firmas_digitales)
CREATE TABLE firmas_digitales (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    tipo TEXT NOT NULL CHECK (tipo IN ('acta', 'resolucion')),
    referencia INTEGER NOT NULL,  -- id del acta o de la resolución
    firmante TEXT NOT NULL,  -- el nombre del certificado
    certificado_sha256 TEXT NOT NULL CHECK (length(certificado_sha256) = 64),
    firmado_en TEXT NOT NULL,  -- la hora de la firma (ISO 8601 con zona)
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),  -- del PDF firmado completo (la columna pdf)
    pdf BLOB NOT NULL CHECK (substr(pdf, 1, 5) = CAST('%PDF-' AS BLOB))
);

CREATE INDEX firmas_digitales_documento ON firmas_digitales (tipo, referencia);

CREATE INDEX firmas_digitales_sha256 ON firmas_digitales (sha256);

CREATE TRIGGER firmas_digitales_fijo_update BEFORE UPDATE ON firmas_digitales
    BEGIN SELECT RAISE(ABORT, 'Un PDF firmado no se cambia ni se borra.'); END;

CREATE TRIGGER firmas_digitales_fijo_delete BEFORE DELETE ON firmas_digitales
    BEGIN SELECT RAISE(ABORT, 'Un PDF firmado no se cambia ni se borra.'); END;

CREATE TRIGGER bitacora_firmas_digitales_alta AFTER INSERT ON firmas_digitales BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('firmas_digitales', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.tipo, NEW.referencia, NEW.firmante, NEW.certificado_sha256, NEW.firmado_en, NEW.sha256)); END;

CREATE TRIGGER bitacora_firmas_digitales_cambio AFTER UPDATE ON firmas_digitales WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.tipo IS NOT NEW.tipo OR OLD.referencia IS NOT NEW.referencia OR OLD.firmante IS NOT NEW.firmante OR OLD.certificado_sha256 IS NOT NEW.certificado_sha256 OR OLD.firmado_en IS NOT NEW.firmado_en OR OLD.sha256 IS NOT NEW.sha256 BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('firmas_digitales', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.tipo, OLD.referencia, OLD.firmante, OLD.certificado_sha256, OLD.firmado_en, OLD.sha256), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.tipo, NEW.referencia, NEW.firmante, NEW.certificado_sha256, NEW.firmado_en, NEW.sha256))); END;

CREATE TRIGGER bitacora_firmas_digitales_baja AFTER DELETE ON firmas_digitales BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('firmas_digitales', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.tipo, OLD.referencia, OLD.firmante, OLD.certificado_sha256, OLD.firmado_en, OLD.sha256)); END;


-- ==================== 0016_incidentes =================================================================

-- incidentes (creada en 0016_incidentes)
CREATE TABLE incidentes (
    id INTEGER PRIMARY KEY,
    tipo TEXT NOT NULL CHECK (tipo IN ('filas_ajenas', 'cadena_perdida', 'supresion_deshecha')),
    notado_en TEXT NOT NULL,
    desde_id INTEGER,
    hasta_id INTEGER,
    detalle TEXT NOT NULL,
    reconocido_en TEXT,
    reconocido_por TEXT,
    motivo TEXT,
    CHECK ((reconocido_en IS NULL) = (motivo IS NULL)),
    CHECK (motivo IS NULL OR length(trim(motivo)) > 0)
);

CREATE TRIGGER incidentes_sin_borrar BEFORE DELETE ON incidentes
    BEGIN SELECT RAISE(ABORT, 'Un incidente no se borra: se reconoce con un motivo. No se guardó nada.'); END;

CREATE TRIGGER incidentes_solo_reconocer BEFORE UPDATE ON incidentes
    WHEN OLD.reconocido_en IS NOT NULL OR NEW.tipo IS NOT OLD.tipo OR NEW.notado_en IS NOT OLD.notado_en
      OR NEW.desde_id IS NOT OLD.desde_id OR NEW.hasta_id IS NOT OLD.hasta_id OR NEW.detalle IS NOT OLD.detalle
    BEGIN SELECT RAISE(ABORT, 'Un incidente solo se reconoce, una vez y con un motivo. No se guardó nada.');
    END;

CREATE TRIGGER bitacora_incidentes_alta AFTER INSERT ON incidentes BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('incidentes', NEW.id, 'alta', json_array(NEW.id, NEW.tipo, NEW.notado_en, NEW.desde_id, NEW.hasta_id, NEW.detalle, NEW.reconocido_en, NEW.reconocido_por, NEW.motivo)); END;

CREATE TRIGGER bitacora_incidentes_cambio AFTER UPDATE ON incidentes WHEN OLD.id IS NOT NEW.id OR OLD.tipo IS NOT NEW.tipo OR OLD.notado_en IS NOT NEW.notado_en OR OLD.desde_id IS NOT NEW.desde_id OR OLD.hasta_id IS NOT NEW.hasta_id OR OLD.detalle IS NOT NEW.detalle OR OLD.reconocido_en IS NOT NEW.reconocido_en OR OLD.reconocido_por IS NOT NEW.reconocido_por OR OLD.motivo IS NOT NEW.motivo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('incidentes', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.tipo, OLD.notado_en, OLD.desde_id, OLD.hasta_id, OLD.detalle, OLD.reconocido_en, OLD.reconocido_por, OLD.motivo), 'despues', json_array(NEW.id, NEW.tipo, NEW.notado_en, NEW.desde_id, NEW.hasta_id, NEW.detalle, NEW.reconocido_en, NEW.reconocido_por, NEW.motivo))); END;

CREATE TRIGGER bitacora_incidentes_baja AFTER DELETE ON incidentes BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('incidentes', OLD.id, 'borrado', json_array(OLD.id, OLD.tipo, OLD.notado_en, OLD.desde_id, OLD.hasta_id, OLD.detalle, OLD.reconocido_en, OLD.reconocido_por, OLD.motivo)); END;


-- ==================== 0017_papeles ====================================================================

-- sesiones_de_viaje (creada en 0017_papeles)
CREATE TABLE sesiones_de_viaje (
    id INTEGER PRIMARY KEY,
    sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
    llevada_por TEXT NOT NULL CHECK (length(trim(llevada_por)) > 0),
    llevada_en TEXT NOT NULL,
    huella TEXT NOT NULL CHECK (length(huella) = 64),  -- de las filas de la sesión al llevarla
    devuelta_en TEXT,
    cancelada_en TEXT,
    cancelada_por TEXT,
    motivo_cancelacion TEXT CHECK (motivo_cancelacion IS NULL OR length(trim(motivo_cancelacion)) > 0),
    CHECK (devuelta_en IS NULL OR cancelada_en IS NULL),
    CHECK ((cancelada_en IS NULL) = (cancelada_por IS NULL) AND (cancelada_en IS NULL) = (motivo_cancelacion IS NULL))
);

CREATE UNIQUE INDEX sesiones_de_viaje_en_curso ON sesiones_de_viaje (sesion_id) WHERE devuelta_en IS NULL AND cancelada_en IS NULL;

CREATE TRIGGER sesiones_de_viaje_sin_borrado BEFORE DELETE ON sesiones_de_viaje
    BEGIN SELECT RAISE(ABORT, 'Un viaje de una sesión no se borra: se devuelve, o se cancela con un motivo.'); END;

CREATE TRIGGER sesiones_de_viaje_solo_cerrar BEFORE UPDATE ON sesiones_de_viaje
    WHEN NOT (OLD.devuelta_en IS NULL AND OLD.cancelada_en IS NULL) OR OLD.id IS NOT NEW.id OR OLD.sesion_id IS NOT NEW.sesion_id
        OR OLD.llevada_por IS NOT NEW.llevada_por OR OLD.llevada_en IS NOT NEW.llevada_en
        OR OLD.huella IS NOT NEW.huella
    BEGIN SELECT RAISE(ABORT, 'Un viaje de una sesión solo se cierra una vez (devuelta o cancelada): lo demás no se modifica.'); END;

CREATE TRIGGER bitacora_sesiones_de_viaje_alta AFTER INSERT ON sesiones_de_viaje BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('sesiones_de_viaje', NEW.id, 'alta', json_array(NEW.id, NEW.sesion_id, NEW.llevada_por, NEW.llevada_en, NEW.huella, NEW.devuelta_en, NEW.cancelada_en, NEW.cancelada_por, NEW.motivo_cancelacion)); END;

CREATE TRIGGER bitacora_sesiones_de_viaje_cambio AFTER UPDATE ON sesiones_de_viaje WHEN OLD.id IS NOT NEW.id OR OLD.sesion_id IS NOT NEW.sesion_id OR OLD.llevada_por IS NOT NEW.llevada_por OR OLD.llevada_en IS NOT NEW.llevada_en OR OLD.huella IS NOT NEW.huella OR OLD.devuelta_en IS NOT NEW.devuelta_en OR OLD.cancelada_en IS NOT NEW.cancelada_en OR OLD.cancelada_por IS NOT NEW.cancelada_por OR OLD.motivo_cancelacion IS NOT NEW.motivo_cancelacion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('sesiones_de_viaje', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.sesion_id, OLD.llevada_por, OLD.llevada_en, OLD.huella, OLD.devuelta_en, OLD.cancelada_en, OLD.cancelada_por, OLD.motivo_cancelacion), 'despues', json_array(NEW.id, NEW.sesion_id, NEW.llevada_por, NEW.llevada_en, NEW.huella, NEW.devuelta_en, NEW.cancelada_en, NEW.cancelada_por, NEW.motivo_cancelacion))); END;

CREATE TRIGGER bitacora_sesiones_de_viaje_baja AFTER DELETE ON sesiones_de_viaje BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('sesiones_de_viaje', OLD.id, 'borrado', json_array(OLD.id, OLD.sesion_id, OLD.llevada_por, OLD.llevada_en, OLD.huella, OLD.devuelta_en, OLD.cancelada_en, OLD.cancelada_por, OLD.motivo_cancelacion)); END;


-- ==================== 0020_efectos_de_resoluciones ====================================================

-- efectos_resolucion (creada en 0020_efectos_de_resoluciones)
--   columnas de 0044_admision_primera_cuota_y_exclusion: nota
CREATE TABLE efectos_resolucion (
    id INTEGER PRIMARY KEY,
    resolucion_id INTEGER REFERENCES resoluciones(id),
    punto_id INTEGER REFERENCES puntos_orden(id),
    tipo TEXT NOT NULL CHECK (tipo IN ('admite', 'excluye', 'abre_mandato', 'termina_mandato', 'reforma', 'escala')),
    miembro_id INTEGER REFERENCES miembros(id),
    mandato_id INTEGER REFERENCES mandatos(id),
    reforma_id INTEGER REFERENCES reformas(id),
    escala_id INTEGER REFERENCES escalas(id),
    desde TEXT CHECK (desde IS NULL OR date(desde) IS desde),
    registrado_en TEXT NOT NULL DEFAULT (datetime('now')), nota TEXT,
    CHECK (resolucion_id IS NOT NULL OR punto_id IS NOT NULL),
    CHECK (miembro_id IS NOT NULL OR (tipo <> 'admite' AND tipo <> 'excluye')),
    CHECK (mandato_id IS NOT NULL OR (tipo <> 'abre_mandato' AND tipo <> 'termina_mandato')),
    CHECK (tipo <> 'reforma' OR reforma_id IS NOT NULL),
    CHECK (tipo <> 'escala' OR escala_id IS NOT NULL)
);

CREATE INDEX efectos_resolucion_resolucion ON efectos_resolucion(resolucion_id);

CREATE INDEX efectos_resolucion_punto ON efectos_resolucion(punto_id);

CREATE INDEX efectos_resolucion_miembro ON efectos_resolucion(miembro_id);

CREATE TRIGGER efectos_resolucion_fijos BEFORE UPDATE ON efectos_resolucion
    WHEN OLD.resolucion_id IS NOT NULL OR OLD.id IS NOT NEW.id OR OLD.punto_id IS NOT NEW.punto_id
      OR OLD.tipo IS NOT NEW.tipo OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.mandato_id IS NOT NEW.mandato_id
      OR OLD.reforma_id IS NOT NEW.reforma_id OR OLD.escala_id IS NOT NEW.escala_id OR OLD.desde IS NOT NEW.desde
    BEGIN SELECT RAISE(ABORT, 'Un efecto de una resolución no se modifica.'); END;

CREATE TRIGGER efectos_resolucion_no_se_borran BEFORE DELETE ON efectos_resolucion
    BEGIN SELECT RAISE(ABORT, 'Un efecto de una resolución no se borra.'); END;

CREATE TRIGGER bitacora_efectos_resolucion_alta AFTER INSERT ON efectos_resolucion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('efectos_resolucion', NEW.id, 'alta', json_array(NEW.id, NEW.resolucion_id, NEW.punto_id, NEW.tipo, NEW.miembro_id, NEW.mandato_id, NEW.reforma_id, NEW.escala_id, NEW.desde, NEW.registrado_en, NEW.nota)); END;

CREATE TRIGGER bitacora_efectos_resolucion_cambio AFTER UPDATE ON efectos_resolucion WHEN OLD.id IS NOT NEW.id OR OLD.resolucion_id IS NOT NEW.resolucion_id OR OLD.punto_id IS NOT NEW.punto_id OR OLD.tipo IS NOT NEW.tipo OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.mandato_id IS NOT NEW.mandato_id OR OLD.reforma_id IS NOT NEW.reforma_id OR OLD.escala_id IS NOT NEW.escala_id OR OLD.desde IS NOT NEW.desde OR OLD.registrado_en IS NOT NEW.registrado_en OR OLD.nota IS NOT NEW.nota BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('efectos_resolucion', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.resolucion_id, OLD.punto_id, OLD.tipo, OLD.miembro_id, OLD.mandato_id, OLD.reforma_id, OLD.escala_id, OLD.desde, OLD.registrado_en, OLD.nota), 'despues', json_array(NEW.id, NEW.resolucion_id, NEW.punto_id, NEW.tipo, NEW.miembro_id, NEW.mandato_id, NEW.reforma_id, NEW.escala_id, NEW.desde, NEW.registrado_en, NEW.nota))); END;

CREATE TRIGGER bitacora_efectos_resolucion_baja AFTER DELETE ON efectos_resolucion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('efectos_resolucion', OLD.id, 'borrado', json_array(OLD.id, OLD.resolucion_id, OLD.punto_id, OLD.tipo, OLD.miembro_id, OLD.mandato_id, OLD.reforma_id, OLD.escala_id, OLD.desde, OLD.registrado_en, OLD.nota)); END;


-- ==================== 0021_mandatos ===================================================================

-- adherentes_declaracion (creada en 0021_mandatos)
CREATE TABLE adherentes_declaracion (
    id INTEGER PRIMARY KEY,
    resolucion_id INTEGER NOT NULL REFERENCES resoluciones(id),
    nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    tipo TEXT NOT NULL CHECK (tipo IN ('red', 'observador', 'organizacion', 'gobierno', 'otro')),
    persona TEXT,
    registrado_en TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (resolucion_id, nombre)
);

CREATE TRIGGER bitacora_adherentes_declaracion_alta AFTER INSERT ON adherentes_declaracion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('adherentes_declaracion', NEW.id, 'alta', json_array(NEW.id, NEW.resolucion_id, NEW.nombre, NEW.tipo, iif(NEW.persona IS NULL, NULL, '§'), NEW.registrado_en));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (4, json_quote(NEW.persona))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_adherentes_declaracion_cambio AFTER UPDATE ON adherentes_declaracion WHEN OLD.id IS NOT NEW.id OR OLD.resolucion_id IS NOT NEW.resolucion_id OR OLD.nombre IS NOT NEW.nombre OR OLD.tipo IS NOT NEW.tipo OR OLD.persona IS NOT NEW.persona OR OLD.registrado_en IS NOT NEW.registrado_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('adherentes_declaracion', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.resolucion_id, OLD.nombre, OLD.tipo, iif(OLD.persona IS NULL, NULL, '§'), OLD.registrado_en), 'despues', json_array(NEW.id, NEW.resolucion_id, NEW.nombre, NEW.tipo, iif(NEW.persona IS NULL, NULL, '§'), NEW.registrado_en)));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (4, json_quote(OLD.persona)), (1004, json_quote(NEW.persona))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_adherentes_declaracion_baja AFTER DELETE ON adherentes_declaracion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('adherentes_declaracion', OLD.id, 'borrado', json_array(OLD.id, OLD.resolucion_id, OLD.nombre, OLD.tipo, iif(OLD.persona IS NULL, NULL, '§'), OLD.registrado_en));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (4, json_quote(OLD.persona))) WHERE column2 <> 'null'; END;


-- ==================== 0022_aprobacion_de_actas ========================================================

-- puntos_aprobacion_acta (creada en 0022_aprobacion_de_actas)
CREATE TABLE puntos_aprobacion_acta (
    id INTEGER PRIMARY KEY,
    punto_id INTEGER NOT NULL UNIQUE REFERENCES puntos_orden(id) ON DELETE CASCADE,
    sesion_id INTEGER NOT NULL REFERENCES sesiones(id)
);

CREATE INDEX puntos_aprobacion_acta_sesion ON puntos_aprobacion_acta(sesion_id);

CREATE TRIGGER puntos_aprobacion_acta_congelado_insert BEFORE INSERT ON puntos_aprobacion_acta
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = NEW.punto_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER puntos_aprobacion_acta_fijo BEFORE UPDATE ON puntos_aprobacion_acta
    BEGIN SELECT RAISE(ABORT, 'El acta que aprueba un punto no se cambia.'); END;

CREATE TRIGGER puntos_aprobacion_acta_congelado_delete BEFORE DELETE ON puntos_aprobacion_acta
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = OLD.punto_id)) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = OLD.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_puntos_aprobacion_acta_alta AFTER INSERT ON puntos_aprobacion_acta BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('puntos_aprobacion_acta', NEW.id, 'alta', json_array(NEW.id, NEW.punto_id, NEW.sesion_id)); END;

CREATE TRIGGER bitacora_puntos_aprobacion_acta_cambio AFTER UPDATE ON puntos_aprobacion_acta WHEN OLD.id IS NOT NEW.id OR OLD.punto_id IS NOT NEW.punto_id OR OLD.sesion_id IS NOT NEW.sesion_id BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('puntos_aprobacion_acta', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.punto_id, OLD.sesion_id), 'despues', json_array(NEW.id, NEW.punto_id, NEW.sesion_id))); END;

CREATE TRIGGER bitacora_puntos_aprobacion_acta_baja AFTER DELETE ON puntos_aprobacion_acta BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('puntos_aprobacion_acta', OLD.id, 'borrado', json_array(OLD.id, OLD.punto_id, OLD.sesion_id)); END;


-- ==================== 0023_cambios_reversibles ========================================================

-- cambios_reversibles (creada en 0023_cambios_reversibles)
CREATE TABLE cambios_reversibles (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    tipo TEXT NOT NULL CHECK (tipo IN ('ficha', 'asistencia', 'asistencias', 'punto_agregado', 'punto_resumido')),
    detalle TEXT NOT NULL,
    filas TEXT NOT NULL,
    quien TEXT NOT NULL,
    equipo TEXT NOT NULL,
    hecho_en TEXT NOT NULL DEFAULT (datetime('now')),
    ultimo_registro INTEGER NOT NULL,
    deshecho_en TEXT
);

CREATE INDEX cambios_reversibles_de_quien ON cambios_reversibles(asociacion_id, quien, equipo);

CREATE TRIGGER bitacora_cambios_reversibles_alta AFTER INSERT ON cambios_reversibles BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('cambios_reversibles', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.tipo, NEW.detalle, NEW.filas, NEW.quien, NEW.equipo, NEW.hecho_en, NEW.ultimo_registro, NEW.deshecho_en)); END;

CREATE TRIGGER bitacora_cambios_reversibles_cambio AFTER UPDATE ON cambios_reversibles WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.tipo IS NOT NEW.tipo OR OLD.detalle IS NOT NEW.detalle OR OLD.filas IS NOT NEW.filas OR OLD.quien IS NOT NEW.quien OR OLD.equipo IS NOT NEW.equipo OR OLD.hecho_en IS NOT NEW.hecho_en OR OLD.ultimo_registro IS NOT NEW.ultimo_registro OR OLD.deshecho_en IS NOT NEW.deshecho_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('cambios_reversibles', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.tipo, OLD.detalle, OLD.filas, OLD.quien, OLD.equipo, OLD.hecho_en, OLD.ultimo_registro, OLD.deshecho_en), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.tipo, NEW.detalle, NEW.filas, NEW.quien, NEW.equipo, NEW.hecho_en, NEW.ultimo_registro, NEW.deshecho_en))); END;

CREATE TRIGGER bitacora_cambios_reversibles_baja AFTER DELETE ON cambios_reversibles BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('cambios_reversibles', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.tipo, OLD.detalle, OLD.filas, OLD.quien, OLD.equipo, OLD.hecho_en, OLD.ultimo_registro, OLD.deshecho_en)); END;


-- ==================== 0026_ubicaciones ================================================================

-- ubicaciones_miembro (creada en 0026_ubicaciones)
CREATE TABLE ubicaciones_miembro (
    id INTEGER PRIMARY KEY,
    miembro_id INTEGER NOT NULL UNIQUE REFERENCES miembros(id) ON DELETE CASCADE,
    latitud REAL NOT NULL CHECK (latitud BETWEEN -90 AND 90),
    longitud REAL NOT NULL CHECK (longitud BETWEEN -180 AND 180),
    fuente TEXT
);

CREATE TRIGGER bitacora_ubicaciones_miembro_alta AFTER INSERT ON ubicaciones_miembro BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('ubicaciones_miembro', NEW.id, 'alta', json_array(NEW.id, NEW.miembro_id, NEW.latitud, NEW.longitud, NEW.fuente)); END;

CREATE TRIGGER bitacora_ubicaciones_miembro_cambio AFTER UPDATE ON ubicaciones_miembro WHEN OLD.id IS NOT NEW.id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.latitud IS NOT NEW.latitud OR OLD.longitud IS NOT NEW.longitud OR OLD.fuente IS NOT NEW.fuente BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('ubicaciones_miembro', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.miembro_id, OLD.latitud, OLD.longitud, OLD.fuente), 'despues', json_array(NEW.id, NEW.miembro_id, NEW.latitud, NEW.longitud, NEW.fuente))); END;

CREATE TRIGGER bitacora_ubicaciones_miembro_baja AFTER DELETE ON ubicaciones_miembro BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('ubicaciones_miembro', OLD.id, 'borrado', json_array(OLD.id, OLD.miembro_id, OLD.latitud, OLD.longitud, OLD.fuente)); END;


-- ==================== 0027_correo =====================================================================

-- cuentas_correo (creada en 0027_correo)
--   columnas de 0036_correo_atado: clave_sin_cifrar, atadura
CREATE TABLE cuentas_correo (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL UNIQUE REFERENCES asociaciones(id),
    servidor TEXT NOT NULL CHECK (length(trim(servidor)) > 0),
    puerto INTEGER NOT NULL CHECK (puerto BETWEEN 1 AND 65535),
    seguridad TEXT NOT NULL CHECK (seguridad IN ('starttls', 'tls', 'ninguna')),
    usuario TEXT,
    remitente TEXT NOT NULL,
    nombre_remitente TEXT,
    firma TEXT,
    certificado_aceptado TEXT
    , clave_sin_cifrar INTEGER NOT NULL DEFAULT 0 CHECK (clave_sin_cifrar IN (0, 1))
    , atadura TEXT
);

CREATE TRIGGER bitacora_cuentas_correo_alta AFTER INSERT ON cuentas_correo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('cuentas_correo', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.servidor, NEW.puerto, NEW.seguridad, NEW.usuario, NEW.remitente, NEW.nombre_remitente, NEW.firma, NEW.certificado_aceptado, NEW.clave_sin_cifrar, NEW.atadura)); END;

CREATE TRIGGER bitacora_cuentas_correo_cambio AFTER UPDATE ON cuentas_correo WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.servidor IS NOT NEW.servidor OR OLD.puerto IS NOT NEW.puerto OR OLD.seguridad IS NOT NEW.seguridad OR OLD.usuario IS NOT NEW.usuario OR OLD.remitente IS NOT NEW.remitente OR OLD.nombre_remitente IS NOT NEW.nombre_remitente OR OLD.firma IS NOT NEW.firma OR OLD.certificado_aceptado IS NOT NEW.certificado_aceptado OR OLD.clave_sin_cifrar IS NOT NEW.clave_sin_cifrar OR OLD.atadura IS NOT NEW.atadura BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('cuentas_correo', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.servidor, OLD.puerto, OLD.seguridad, OLD.usuario, OLD.remitente, OLD.nombre_remitente, OLD.firma, OLD.certificado_aceptado, OLD.clave_sin_cifrar, OLD.atadura), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.servidor, NEW.puerto, NEW.seguridad, NEW.usuario, NEW.remitente, NEW.nombre_remitente, NEW.firma, NEW.certificado_aceptado, NEW.clave_sin_cifrar, NEW.atadura))); END;

CREATE TRIGGER bitacora_cuentas_correo_baja AFTER DELETE ON cuentas_correo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('cuentas_correo', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.servidor, OLD.puerto, OLD.seguridad, OLD.usuario, OLD.remitente, OLD.nombre_remitente, OLD.firma, OLD.certificado_aceptado, OLD.clave_sin_cifrar, OLD.atadura)); END;

-- mensajes (creada en 0027_correo)
--   columnas de 0036_correo_atado: ancla
CREATE TABLE mensajes (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    message_id TEXT NOT NULL UNIQUE,
    clase TEXT NOT NULL CHECK (clase IN ('convocatoria', 'acta', 'resolucion', 'aviso', 'recibo', 'boletin')),
    referencia INTEGER,
    miembro_id INTEGER REFERENCES miembros(id),
    asunto TEXT NOT NULL,
    texto TEXT NOT NULL,
    html TEXT NOT NULL,
    estado TEXT NOT NULL DEFAULT 'pendiente'
        CHECK (estado IN ('pendiente', 'enviando', 'enviado', 'por_confirmar', 'rechazado', 'anulado')),
    intentos INTEGER NOT NULL DEFAULT 0,
    ultimo_error TEXT,
    creado_en TEXT NOT NULL DEFAULT (datetime('now')),
    enviado_en TEXT
    , ancla TEXT
);

CREATE INDEX mensajes_estado ON mensajes(asociacion_id, estado);

CREATE INDEX mensajes_referencia ON mensajes(asociacion_id, clase, referencia);

CREATE INDEX mensajes_miembro ON mensajes(miembro_id);

CREATE TRIGGER bitacora_mensajes_alta AFTER INSERT ON mensajes BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('mensajes', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.message_id, NEW.clase, NEW.referencia, NEW.miembro_id, NEW.asunto, iif(NEW.texto IS NULL, NULL, '§'), iif(NEW.html IS NULL, NULL, '§'), NEW.estado, NEW.intentos, NEW.ultimo_error, NEW.creado_en, NEW.enviado_en, NEW.ancla));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (7, json_quote(NEW.texto)), (8, json_quote(NEW.html))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_mensajes_cambio AFTER UPDATE ON mensajes WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.message_id IS NOT NEW.message_id OR OLD.clase IS NOT NEW.clase OR OLD.referencia IS NOT NEW.referencia OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.asunto IS NOT NEW.asunto OR OLD.texto IS NOT NEW.texto OR OLD.html IS NOT NEW.html OR OLD.estado IS NOT NEW.estado OR OLD.intentos IS NOT NEW.intentos OR OLD.ultimo_error IS NOT NEW.ultimo_error OR OLD.creado_en IS NOT NEW.creado_en OR OLD.enviado_en IS NOT NEW.enviado_en OR OLD.ancla IS NOT NEW.ancla BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('mensajes', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.message_id, OLD.clase, OLD.referencia, OLD.miembro_id, OLD.asunto, iif(OLD.texto IS NULL, NULL, '§'), iif(OLD.html IS NULL, NULL, '§'), OLD.estado, OLD.intentos, OLD.ultimo_error, OLD.creado_en, OLD.enviado_en, OLD.ancla), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.message_id, NEW.clase, NEW.referencia, NEW.miembro_id, NEW.asunto, iif(NEW.texto IS NULL, NULL, '§'), iif(NEW.html IS NULL, NULL, '§'), NEW.estado, NEW.intentos, NEW.ultimo_error, NEW.creado_en, NEW.enviado_en, NEW.ancla)));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (7, json_quote(OLD.texto)), (8, json_quote(OLD.html)), (1007, json_quote(NEW.texto)), (1008, json_quote(NEW.html))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_mensajes_baja AFTER DELETE ON mensajes BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('mensajes', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.message_id, OLD.clase, OLD.referencia, OLD.miembro_id, OLD.asunto, iif(OLD.texto IS NULL, NULL, '§'), iif(OLD.html IS NULL, NULL, '§'), OLD.estado, OLD.intentos, OLD.ultimo_error, OLD.creado_en, OLD.enviado_en, OLD.ancla));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (7, json_quote(OLD.texto)), (8, json_quote(OLD.html))) WHERE column2 <> 'null'; END;

-- destinatarios_mensaje (creada en 0027_correo)
CREATE TABLE destinatarios_mensaje (
    id INTEGER PRIMARY KEY,
    mensaje_id INTEGER NOT NULL REFERENCES mensajes(id) ON DELETE CASCADE,
    direccion TEXT NOT NULL,
    nombre TEXT,
    tipo TEXT NOT NULL CHECK (tipo IN ('para', 'copia')),
    estado TEXT NOT NULL DEFAULT 'pendiente'
        CHECK (estado IN ('pendiente', 'aceptado', 'rechazado', 'rebotado', 'recibido')),
    motivo TEXT,
    cuando TEXT
);

CREATE INDEX destinatarios_mensaje_mensaje ON destinatarios_mensaje(mensaje_id);

CREATE TRIGGER bitacora_destinatarios_mensaje_alta AFTER INSERT ON destinatarios_mensaje BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('destinatarios_mensaje', NEW.id, 'alta', json_array(NEW.id, NEW.mensaje_id, iif(NEW.direccion IS NULL, NULL, '§'), iif(NEW.nombre IS NULL, NULL, '§'), NEW.tipo, NEW.estado, iif(NEW.motivo IS NULL, NULL, '§'), NEW.cuando));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(NEW.direccion)), (3, json_quote(NEW.nombre)), (6, json_quote(NEW.motivo))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_destinatarios_mensaje_cambio AFTER UPDATE ON destinatarios_mensaje WHEN OLD.id IS NOT NEW.id OR OLD.mensaje_id IS NOT NEW.mensaje_id OR OLD.direccion IS NOT NEW.direccion OR OLD.nombre IS NOT NEW.nombre OR OLD.tipo IS NOT NEW.tipo OR OLD.estado IS NOT NEW.estado OR OLD.motivo IS NOT NEW.motivo OR OLD.cuando IS NOT NEW.cuando BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('destinatarios_mensaje', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.mensaje_id, iif(OLD.direccion IS NULL, NULL, '§'), iif(OLD.nombre IS NULL, NULL, '§'), OLD.tipo, OLD.estado, iif(OLD.motivo IS NULL, NULL, '§'), OLD.cuando), 'despues', json_array(NEW.id, NEW.mensaje_id, iif(NEW.direccion IS NULL, NULL, '§'), iif(NEW.nombre IS NULL, NULL, '§'), NEW.tipo, NEW.estado, iif(NEW.motivo IS NULL, NULL, '§'), NEW.cuando)));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(OLD.direccion)), (3, json_quote(OLD.nombre)), (6, json_quote(OLD.motivo)), (1002, json_quote(NEW.direccion)), (1003, json_quote(NEW.nombre)), (1006, json_quote(NEW.motivo))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_destinatarios_mensaje_baja AFTER DELETE ON destinatarios_mensaje BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('destinatarios_mensaje', OLD.id, 'borrado', json_array(OLD.id, OLD.mensaje_id, iif(OLD.direccion IS NULL, NULL, '§'), iif(OLD.nombre IS NULL, NULL, '§'), OLD.tipo, OLD.estado, iif(OLD.motivo IS NULL, NULL, '§'), OLD.cuando));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(OLD.direccion)), (3, json_quote(OLD.nombre)), (6, json_quote(OLD.motivo))) WHERE column2 <> 'null'; END;

-- archivos_correo (creada en 0027_correo)
CREATE TABLE archivos_correo (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    contenido BLOB NOT NULL
);

-- adjuntos_mensaje (creada en 0027_correo)
CREATE TABLE adjuntos_mensaje (
    id INTEGER PRIMARY KEY,
    mensaje_id INTEGER NOT NULL REFERENCES mensajes(id) ON DELETE CASCADE,
    nombre TEXT NOT NULL,
    archivo_id INTEGER NOT NULL REFERENCES archivos_correo(id)
);

CREATE INDEX adjuntos_mensaje_mensaje ON adjuntos_mensaje(mensaje_id);

CREATE TRIGGER bitacora_adjuntos_mensaje_alta AFTER INSERT ON adjuntos_mensaje BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('adjuntos_mensaje', NEW.id, 'alta', json_array(NEW.id, NEW.mensaje_id, NEW.nombre, NEW.archivo_id)); END;

CREATE TRIGGER bitacora_adjuntos_mensaje_cambio AFTER UPDATE ON adjuntos_mensaje WHEN OLD.id IS NOT NEW.id OR OLD.mensaje_id IS NOT NEW.mensaje_id OR OLD.nombre IS NOT NEW.nombre OR OLD.archivo_id IS NOT NEW.archivo_id BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('adjuntos_mensaje', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.mensaje_id, OLD.nombre, OLD.archivo_id), 'despues', json_array(NEW.id, NEW.mensaje_id, NEW.nombre, NEW.archivo_id))); END;

CREATE TRIGGER bitacora_adjuntos_mensaje_baja AFTER DELETE ON adjuntos_mensaje BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('adjuntos_mensaje', OLD.id, 'borrado', json_array(OLD.id, OLD.mensaje_id, OLD.nombre, OLD.archivo_id)); END;


-- ==================== 0028_convenios ==================================================================

-- partes_externas (creada en 0028_convenios)
CREATE TABLE partes_externas (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    tipo TEXT NOT NULL CHECK (tipo IN ('red', 'gobierno_nacional', 'gobierno_local', 'organismo_internacional', 'universidad', 'sociedad_civil', 'otra')),
    pais TEXT CHECK (pais IS NULL OR (length(pais) = 2 AND pais = upper(pais))),
    UNIQUE (asociacion_id, nombre)
);

CREATE TRIGGER bitacora_partes_externas_alta AFTER INSERT ON partes_externas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('partes_externas', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.nombre, NEW.tipo, NEW.pais)); END;

CREATE TRIGGER bitacora_partes_externas_cambio AFTER UPDATE ON partes_externas WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.nombre IS NOT NEW.nombre OR OLD.tipo IS NOT NEW.tipo OR OLD.pais IS NOT NEW.pais BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('partes_externas', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.nombre, OLD.tipo, OLD.pais), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.nombre, NEW.tipo, NEW.pais))); END;

CREATE TRIGGER bitacora_partes_externas_baja AFTER DELETE ON partes_externas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('partes_externas', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.nombre, OLD.tipo, OLD.pais)); END;

-- convenios (creada en 0028_convenios)
CREATE TABLE convenios (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    tipo TEXT NOT NULL CHECK (tipo IN ('cooperacion', 'hermanamiento', 'financiamiento', 'membresia')),
    titulo TEXT NOT NULL CHECK (length(trim(titulo)) > 0),
    objeto TEXT,
    firmado_el TEXT CHECK (firmado_el IS NULL OR date(firmado_el) IS firmado_el),
    inicio TEXT NOT NULL CHECK (inicio IS NULL OR date(inicio) IS inicio),
    fin TEXT CHECK (fin IS NULL OR date(fin) IS fin),
    renovacion_meses INTEGER CHECK (renovacion_meses IS NULL OR renovacion_meses BETWEEN 1 AND 120),
    renovaciones_maximas INTEGER CHECK (renovaciones_maximas IS NULL OR renovaciones_maximas BETWEEN 1 AND 99),
    preaviso_dias INTEGER CHECK (preaviso_dias IS NULL OR preaviso_dias BETWEEN 0 AND 3650),
    asociacion_es_parte INTEGER NOT NULL DEFAULT 1 CHECK (asociacion_es_parte IN (0, 1)),
    organo_id INTEGER REFERENCES organos(id),
    resolucion_id INTEGER REFERENCES resoluciones(id),
    terminado_el TEXT CHECK (terminado_el IS NULL OR date(terminado_el) IS terminado_el),
    motivo_terminacion TEXT,
    CHECK (fin IS NULL OR fin > inicio),
    CHECK (renovacion_meses IS NULL OR fin IS NOT NULL),
    CHECK (renovaciones_maximas IS NULL OR renovacion_meses IS NOT NULL),
    CHECK (terminado_el IS NULL OR terminado_el >= inicio),
    CHECK ((terminado_el IS NULL) = (motivo_terminacion IS NULL))
);

CREATE INDEX convenios_asociacion ON convenios(asociacion_id);

CREATE TRIGGER bitacora_convenios_alta AFTER INSERT ON convenios BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('convenios', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.tipo, NEW.titulo, NEW.objeto, NEW.firmado_el, NEW.inicio, NEW.fin, NEW.renovacion_meses, NEW.renovaciones_maximas, NEW.preaviso_dias, NEW.asociacion_es_parte, NEW.organo_id, NEW.resolucion_id, NEW.terminado_el, NEW.motivo_terminacion)); END;

CREATE TRIGGER bitacora_convenios_cambio AFTER UPDATE ON convenios WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.tipo IS NOT NEW.tipo OR OLD.titulo IS NOT NEW.titulo OR OLD.objeto IS NOT NEW.objeto OR OLD.firmado_el IS NOT NEW.firmado_el OR OLD.inicio IS NOT NEW.inicio OR OLD.fin IS NOT NEW.fin OR OLD.renovacion_meses IS NOT NEW.renovacion_meses OR OLD.renovaciones_maximas IS NOT NEW.renovaciones_maximas OR OLD.preaviso_dias IS NOT NEW.preaviso_dias OR OLD.asociacion_es_parte IS NOT NEW.asociacion_es_parte OR OLD.organo_id IS NOT NEW.organo_id OR OLD.resolucion_id IS NOT NEW.resolucion_id OR OLD.terminado_el IS NOT NEW.terminado_el OR OLD.motivo_terminacion IS NOT NEW.motivo_terminacion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('convenios', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.tipo, OLD.titulo, OLD.objeto, OLD.firmado_el, OLD.inicio, OLD.fin, OLD.renovacion_meses, OLD.renovaciones_maximas, OLD.preaviso_dias, OLD.asociacion_es_parte, OLD.organo_id, OLD.resolucion_id, OLD.terminado_el, OLD.motivo_terminacion), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.tipo, NEW.titulo, NEW.objeto, NEW.firmado_el, NEW.inicio, NEW.fin, NEW.renovacion_meses, NEW.renovaciones_maximas, NEW.preaviso_dias, NEW.asociacion_es_parte, NEW.organo_id, NEW.resolucion_id, NEW.terminado_el, NEW.motivo_terminacion))); END;

CREATE TRIGGER bitacora_convenios_baja AFTER DELETE ON convenios BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('convenios', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.tipo, OLD.titulo, OLD.objeto, OLD.firmado_el, OLD.inicio, OLD.fin, OLD.renovacion_meses, OLD.renovaciones_maximas, OLD.preaviso_dias, OLD.asociacion_es_parte, OLD.organo_id, OLD.resolucion_id, OLD.terminado_el, OLD.motivo_terminacion)); END;

-- partes_convenio (creada en 0028_convenios)
CREATE TABLE partes_convenio (
    id INTEGER PRIMARY KEY,
    convenio_id INTEGER NOT NULL REFERENCES convenios(id),
    miembro_id INTEGER REFERENCES miembros(id),
    parte_externa_id INTEGER REFERENCES partes_externas(id),
    firmante TEXT,
    CHECK ((miembro_id IS NULL) <> (parte_externa_id IS NULL)),
    UNIQUE (convenio_id, miembro_id),
    UNIQUE (convenio_id, parte_externa_id)
);

CREATE INDEX partes_convenio_convenio ON partes_convenio(convenio_id);

CREATE INDEX partes_convenio_miembro ON partes_convenio(miembro_id);

CREATE TRIGGER bitacora_partes_convenio_alta AFTER INSERT ON partes_convenio BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('partes_convenio', NEW.id, 'alta', json_array(NEW.id, NEW.convenio_id, NEW.miembro_id, NEW.parte_externa_id, iif(NEW.firmante IS NULL, NULL, '§')));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (4, json_quote(NEW.firmante))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_partes_convenio_cambio AFTER UPDATE ON partes_convenio WHEN OLD.id IS NOT NEW.id OR OLD.convenio_id IS NOT NEW.convenio_id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.parte_externa_id IS NOT NEW.parte_externa_id OR OLD.firmante IS NOT NEW.firmante BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('partes_convenio', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.convenio_id, OLD.miembro_id, OLD.parte_externa_id, iif(OLD.firmante IS NULL, NULL, '§')), 'despues', json_array(NEW.id, NEW.convenio_id, NEW.miembro_id, NEW.parte_externa_id, iif(NEW.firmante IS NULL, NULL, '§'))));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (4, json_quote(OLD.firmante)), (1004, json_quote(NEW.firmante))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_partes_convenio_baja AFTER DELETE ON partes_convenio BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('partes_convenio', OLD.id, 'borrado', json_array(OLD.id, OLD.convenio_id, OLD.miembro_id, OLD.parte_externa_id, iif(OLD.firmante IS NULL, NULL, '§')));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (4, json_quote(OLD.firmante))) WHERE column2 <> 'null'; END;

-- obligaciones_convenio (creada en 0028_convenios)
CREATE TABLE obligaciones_convenio (
    id INTEGER PRIMARY KEY,
    convenio_id INTEGER NOT NULL REFERENCES convenios(id),
    tipo TEXT NOT NULL CHECK (tipo IN ('informe', 'pago', 'otra')),
    descripcion TEXT NOT NULL CHECK (length(trim(descripcion)) > 0),
    vence TEXT NOT NULL CHECK (vence IS NULL OR date(vence) IS vence),
    importe INTEGER,
    moneda TEXT CHECK (moneda IS NULL OR (length(moneda) = 3 AND moneda = upper(moneda))),
    estado TEXT NOT NULL DEFAULT 'pendiente' CHECK (estado IN ('pendiente', 'cumplida')),
    cumplida_el TEXT CHECK (cumplida_el IS NULL OR date(cumplida_el) IS cumplida_el),
    CHECK ((importe IS NULL) = (moneda IS NULL)),
    CHECK ((estado = 'cumplida') = (cumplida_el IS NOT NULL))
);

CREATE INDEX obligaciones_convenio_convenio ON obligaciones_convenio(convenio_id);

CREATE TRIGGER bitacora_obligaciones_convenio_alta AFTER INSERT ON obligaciones_convenio BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('obligaciones_convenio', NEW.id, 'alta', json_array(NEW.id, NEW.convenio_id, NEW.tipo, NEW.descripcion, NEW.vence, NEW.importe, NEW.moneda, NEW.estado, NEW.cumplida_el)); END;

CREATE TRIGGER bitacora_obligaciones_convenio_cambio AFTER UPDATE ON obligaciones_convenio WHEN OLD.id IS NOT NEW.id OR OLD.convenio_id IS NOT NEW.convenio_id OR OLD.tipo IS NOT NEW.tipo OR OLD.descripcion IS NOT NEW.descripcion OR OLD.vence IS NOT NEW.vence OR OLD.importe IS NOT NEW.importe OR OLD.moneda IS NOT NEW.moneda OR OLD.estado IS NOT NEW.estado OR OLD.cumplida_el IS NOT NEW.cumplida_el BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('obligaciones_convenio', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.convenio_id, OLD.tipo, OLD.descripcion, OLD.vence, OLD.importe, OLD.moneda, OLD.estado, OLD.cumplida_el), 'despues', json_array(NEW.id, NEW.convenio_id, NEW.tipo, NEW.descripcion, NEW.vence, NEW.importe, NEW.moneda, NEW.estado, NEW.cumplida_el))); END;

CREATE TRIGGER bitacora_obligaciones_convenio_baja AFTER DELETE ON obligaciones_convenio BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('obligaciones_convenio', OLD.id, 'borrado', json_array(OLD.id, OLD.convenio_id, OLD.tipo, OLD.descripcion, OLD.vence, OLD.importe, OLD.moneda, OLD.estado, OLD.cumplida_el)); END;

-- pdfs_convenio (creada en 0028_convenios)
CREATE TABLE pdfs_convenio (
    id INTEGER PRIMARY KEY,
    convenio_id INTEGER NOT NULL REFERENCES convenios(id),
    nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    paginas INTEGER NOT NULL CHECK (paginas > 0),
    adjuntado_en TEXT NOT NULL DEFAULT (datetime('now')),
    pdf BLOB NOT NULL CHECK (substr(pdf, 1, 5) = CAST('%PDF-' AS BLOB))
);

CREATE INDEX pdfs_convenio_convenio ON pdfs_convenio(convenio_id);

CREATE TRIGGER pdfs_convenio_fijo_update BEFORE UPDATE ON pdfs_convenio
    BEGIN SELECT RAISE(ABORT, 'El PDF firmado de un convenio no se cambia ni se borra: se adjunta otro.');
    END;

CREATE TRIGGER pdfs_convenio_fijo_delete BEFORE DELETE ON pdfs_convenio
    BEGIN SELECT RAISE(ABORT, 'El PDF firmado de un convenio no se cambia ni se borra: se adjunta otro.');
    END;

CREATE TRIGGER bitacora_pdfs_convenio_alta AFTER INSERT ON pdfs_convenio BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('pdfs_convenio', NEW.id, 'alta', json_array(NEW.id, NEW.convenio_id, NEW.nombre, NEW.sha256, NEW.paginas, NEW.adjuntado_en)); END;

CREATE TRIGGER bitacora_pdfs_convenio_cambio AFTER UPDATE ON pdfs_convenio WHEN OLD.id IS NOT NEW.id OR OLD.convenio_id IS NOT NEW.convenio_id OR OLD.nombre IS NOT NEW.nombre OR OLD.sha256 IS NOT NEW.sha256 OR OLD.paginas IS NOT NEW.paginas OR OLD.adjuntado_en IS NOT NEW.adjuntado_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('pdfs_convenio', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.convenio_id, OLD.nombre, OLD.sha256, OLD.paginas, OLD.adjuntado_en), 'despues', json_array(NEW.id, NEW.convenio_id, NEW.nombre, NEW.sha256, NEW.paginas, NEW.adjuntado_en))); END;

CREATE TRIGGER bitacora_pdfs_convenio_baja AFTER DELETE ON pdfs_convenio BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('pdfs_convenio', OLD.id, 'borrado', json_array(OLD.id, OLD.convenio_id, OLD.nombre, OLD.sha256, OLD.paginas, OLD.adjuntado_en)); END;


-- ==================== 0029_lineas_de_extracto =========================================================

-- lineas_de_extracto (creada en 0029_lineas_de_extracto)
CREATE TABLE lineas_de_extracto (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    huella TEXT NOT NULL CHECK (length(huella) = 64),
    pago_id INTEGER NOT NULL REFERENCES pagos(id),
    archivo TEXT NOT NULL,
    fila INTEGER NOT NULL CHECK (fila > 0),
    fecha TEXT NOT NULL CHECK (date(fecha) IS fecha),
    importe INTEGER NOT NULL CHECK (importe > 0),
    moneda TEXT NOT NULL CHECK (length(moneda) = 3),
    descripcion TEXT,
    motivo TEXT NOT NULL CHECK (motivo IN ('referencia', 'codigo', 'nombre', 'nombre_e_importe', 'importe', 'a_mano')),
    importada_en TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE INDEX lineas_de_extracto_huella ON lineas_de_extracto(asociacion_id, huella);

CREATE INDEX lineas_de_extracto_pago ON lineas_de_extracto(pago_id);

CREATE TRIGGER bitacora_lineas_de_extracto_alta AFTER INSERT ON lineas_de_extracto BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('lineas_de_extracto', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.huella, NEW.pago_id, NEW.archivo, NEW.fila, NEW.fecha, NEW.importe, NEW.moneda, NEW.descripcion, NEW.motivo, NEW.importada_en)); END;

CREATE TRIGGER bitacora_lineas_de_extracto_cambio AFTER UPDATE ON lineas_de_extracto WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.huella IS NOT NEW.huella OR OLD.pago_id IS NOT NEW.pago_id OR OLD.archivo IS NOT NEW.archivo OR OLD.fila IS NOT NEW.fila OR OLD.fecha IS NOT NEW.fecha OR OLD.importe IS NOT NEW.importe OR OLD.moneda IS NOT NEW.moneda OR OLD.descripcion IS NOT NEW.descripcion OR OLD.motivo IS NOT NEW.motivo OR OLD.importada_en IS NOT NEW.importada_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('lineas_de_extracto', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.huella, OLD.pago_id, OLD.archivo, OLD.fila, OLD.fecha, OLD.importe, OLD.moneda, OLD.descripcion, OLD.motivo, OLD.importada_en), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.huella, NEW.pago_id, NEW.archivo, NEW.fila, NEW.fecha, NEW.importe, NEW.moneda, NEW.descripcion, NEW.motivo, NEW.importada_en))); END;

CREATE TRIGGER bitacora_lineas_de_extracto_baja AFTER DELETE ON lineas_de_extracto BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('lineas_de_extracto', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.huella, OLD.pago_id, OLD.archivo, OLD.fila, OLD.fecha, OLD.importe, OLD.moneda, OLD.descripcion, OLD.motivo, OLD.importada_en)); END;


-- ==================== 0030_memoria_anual_e_informes_de_actividad ======================================

-- memorias (creada en 0030_memoria_anual_e_informes_de_actividad)
CREATE TABLE memorias (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    anio INTEGER NOT NULL CHECK (anio BETWEEN 1900 AND 2999),
    introduccion TEXT,
    UNIQUE (asociacion_id, anio)
);

CREATE TRIGGER bitacora_memorias_alta AFTER INSERT ON memorias BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('memorias', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.anio, NEW.introduccion)); END;

CREATE TRIGGER bitacora_memorias_cambio AFTER UPDATE ON memorias WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.anio IS NOT NEW.anio OR OLD.introduccion IS NOT NEW.introduccion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('memorias', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.anio, OLD.introduccion), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.anio, NEW.introduccion))); END;

CREATE TRIGGER bitacora_memorias_baja AFTER DELETE ON memorias BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('memorias', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.anio, OLD.introduccion)); END;

-- secciones_memoria (creada en 0030_memoria_anual_e_informes_de_actividad)
CREATE TABLE secciones_memoria (
    id INTEGER PRIMARY KEY,
    memoria_id INTEGER NOT NULL REFERENCES memorias(id),
    posicion INTEGER NOT NULL CHECK (posicion >= 1),
    titulo TEXT NOT NULL CHECK (length(trim(titulo)) > 0),
    texto TEXT NOT NULL CHECK (length(trim(texto)) > 0),
    despues_de TEXT
);

CREATE INDEX secciones_memoria_memoria ON secciones_memoria(memoria_id, posicion);

CREATE TRIGGER bitacora_secciones_memoria_alta AFTER INSERT ON secciones_memoria BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('secciones_memoria', NEW.id, 'alta', json_array(NEW.id, NEW.memoria_id, NEW.posicion, NEW.titulo, NEW.texto, NEW.despues_de)); END;

CREATE TRIGGER bitacora_secciones_memoria_cambio AFTER UPDATE ON secciones_memoria WHEN OLD.id IS NOT NEW.id OR OLD.memoria_id IS NOT NEW.memoria_id OR OLD.posicion IS NOT NEW.posicion OR OLD.titulo IS NOT NEW.titulo OR OLD.texto IS NOT NEW.texto OR OLD.despues_de IS NOT NEW.despues_de BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('secciones_memoria', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.memoria_id, OLD.posicion, OLD.titulo, OLD.texto, OLD.despues_de), 'despues', json_array(NEW.id, NEW.memoria_id, NEW.posicion, NEW.titulo, NEW.texto, NEW.despues_de))); END;

CREATE TRIGGER bitacora_secciones_memoria_baja AFTER DELETE ON secciones_memoria BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('secciones_memoria', OLD.id, 'borrado', json_array(OLD.id, OLD.memoria_id, OLD.posicion, OLD.titulo, OLD.texto, OLD.despues_de)); END;

-- informes_actividad (creada en 0030_memoria_anual_e_informes_de_actividad)
CREATE TABLE informes_actividad (
    id INTEGER PRIMARY KEY,
    actividad_id INTEGER NOT NULL REFERENCES actividades(id),
    nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    pdf BLOB NOT NULL CHECK (substr(pdf, 1, 5) = CAST('%PDF-' AS BLOB)),
    adjuntado_en TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE INDEX informes_actividad_actividad ON informes_actividad(actividad_id);

CREATE TRIGGER informes_actividad_solo_agregar_update BEFORE UPDATE ON informes_actividad
    BEGIN SELECT RAISE(ABORT, 'El informe de una actividad no se cambia ni se borra: adjunte otro (el último es el vigente).'); END;

CREATE TRIGGER informes_actividad_solo_agregar_delete BEFORE DELETE ON informes_actividad
    BEGIN SELECT RAISE(ABORT, 'El informe de una actividad no se cambia ni se borra: adjunte otro (el último es el vigente).'); END;

CREATE TRIGGER bitacora_informes_actividad_alta AFTER INSERT ON informes_actividad BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('informes_actividad', NEW.id, 'alta', json_array(NEW.id, NEW.actividad_id, NEW.nombre, NEW.sha256, NEW.adjuntado_en)); END;

CREATE TRIGGER bitacora_informes_actividad_cambio AFTER UPDATE ON informes_actividad WHEN OLD.id IS NOT NEW.id OR OLD.actividad_id IS NOT NEW.actividad_id OR OLD.nombre IS NOT NEW.nombre OR OLD.sha256 IS NOT NEW.sha256 OR OLD.adjuntado_en IS NOT NEW.adjuntado_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('informes_actividad', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.actividad_id, OLD.nombre, OLD.sha256, OLD.adjuntado_en), 'despues', json_array(NEW.id, NEW.actividad_id, NEW.nombre, NEW.sha256, NEW.adjuntado_en))); END;

CREATE TRIGGER bitacora_informes_actividad_baja AFTER DELETE ON informes_actividad BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('informes_actividad', OLD.id, 'borrado', json_array(OLD.id, OLD.actividad_id, OLD.nombre, OLD.sha256, OLD.adjuntado_en)); END;


-- ==================== 0037_sello_de_tiempo ============================================================

-- servidor_sello_de_tiempo (creada en 0037_sello_de_tiempo)
CREATE TABLE servidor_sello_de_tiempo (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    url TEXT NOT NULL CHECK (substr(url, 1, 7) = 'http://' OR substr(url, 1, 8) = 'https://'),
    certificado BLOB,
    certificado_sha256 TEXT CHECK (certificado_sha256 IS NULL OR (length(certificado_sha256) = 64)),
    origen_certificado TEXT CHECK (origen_certificado IN ('primer_uso', 'dado')),
    CHECK ((certificado IS NULL) = (certificado_sha256 IS NULL)
           AND (certificado IS NULL) = (origen_certificado IS NULL))
);

CREATE TRIGGER bitacora_servidor_sello_de_tiempo_alta AFTER INSERT ON servidor_sello_de_tiempo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('servidor_sello_de_tiempo', NEW.id, 'alta', json_array(NEW.id, NEW.url, NEW.certificado_sha256, NEW.origen_certificado)); END;

CREATE TRIGGER bitacora_servidor_sello_de_tiempo_cambio AFTER UPDATE ON servidor_sello_de_tiempo WHEN OLD.id IS NOT NEW.id OR OLD.url IS NOT NEW.url OR OLD.certificado_sha256 IS NOT NEW.certificado_sha256 OR OLD.origen_certificado IS NOT NEW.origen_certificado BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('servidor_sello_de_tiempo', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.url, OLD.certificado_sha256, OLD.origen_certificado), 'despues', json_array(NEW.id, NEW.url, NEW.certificado_sha256, NEW.origen_certificado))); END;

CREATE TRIGGER bitacora_servidor_sello_de_tiempo_baja AFTER DELETE ON servidor_sello_de_tiempo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('servidor_sello_de_tiempo', OLD.id, 'borrado', json_array(OLD.id, OLD.url, OLD.certificado_sha256, OLD.origen_certificado)); END;

-- sellos_de_tiempo (creada en 0037_sello_de_tiempo)
CREATE TABLE sellos_de_tiempo (
    id INTEGER PRIMARY KEY,
    sello_id INTEGER NOT NULL CHECK (sello_id >= 1),
    huella TEXT NOT NULL CHECK (length(huella) = 64),
    servidor TEXT NOT NULL,
    momento TEXT NOT NULL,
    tsa TEXT NOT NULL,
    certificado_sha256 TEXT NOT NULL CHECK (length(certificado_sha256) = 64),
    token_sha256 TEXT NOT NULL CHECK (length(token_sha256) = 64),
    token BLOB NOT NULL,
    pedido_en TEXT NOT NULL
);

CREATE INDEX sellos_de_tiempo_sello ON sellos_de_tiempo(sello_id);

CREATE TRIGGER sellos_de_tiempo_solo_agregar_update BEFORE UPDATE ON sellos_de_tiempo
    BEGIN SELECT RAISE(ABORT, 'Un sello de tiempo guardado no se cambia ni se borra: es la prueba de lo que había en esa hora.'); END;

CREATE TRIGGER sellos_de_tiempo_solo_agregar_delete BEFORE DELETE ON sellos_de_tiempo
    BEGIN SELECT RAISE(ABORT, 'Un sello de tiempo guardado no se cambia ni se borra: es la prueba de lo que había en esa hora.'); END;

CREATE TRIGGER bitacora_sellos_de_tiempo_alta AFTER INSERT ON sellos_de_tiempo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('sellos_de_tiempo', NEW.id, 'alta', json_array(NEW.id, NEW.sello_id, NEW.huella, NEW.servidor, NEW.momento, NEW.tsa, NEW.certificado_sha256, NEW.token_sha256, NEW.pedido_en)); END;

CREATE TRIGGER bitacora_sellos_de_tiempo_cambio AFTER UPDATE ON sellos_de_tiempo WHEN OLD.id IS NOT NEW.id OR OLD.sello_id IS NOT NEW.sello_id OR OLD.huella IS NOT NEW.huella OR OLD.servidor IS NOT NEW.servidor OR OLD.momento IS NOT NEW.momento OR OLD.tsa IS NOT NEW.tsa OR OLD.certificado_sha256 IS NOT NEW.certificado_sha256 OR OLD.token_sha256 IS NOT NEW.token_sha256 OR OLD.pedido_en IS NOT NEW.pedido_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('sellos_de_tiempo', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.sello_id, OLD.huella, OLD.servidor, OLD.momento, OLD.tsa, OLD.certificado_sha256, OLD.token_sha256, OLD.pedido_en), 'despues', json_array(NEW.id, NEW.sello_id, NEW.huella, NEW.servidor, NEW.momento, NEW.tsa, NEW.certificado_sha256, NEW.token_sha256, NEW.pedido_en))); END;

CREATE TRIGGER bitacora_sellos_de_tiempo_baja AFTER DELETE ON sellos_de_tiempo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('sellos_de_tiempo', OLD.id, 'borrado', json_array(OLD.id, OLD.sello_id, OLD.huella, OLD.servidor, OLD.momento, OLD.tsa, OLD.certificado_sha256, OLD.token_sha256, OLD.pedido_en)); END;


-- ==================== 0047_puntos_miembros ============================================================

-- puntos_miembros (creada en 0047_puntos_miembros)
CREATE TABLE puntos_miembros (
    id INTEGER PRIMARY KEY,
    punto_id INTEGER NOT NULL REFERENCES puntos_orden(id) ON DELETE CASCADE,
    miembro_id INTEGER NOT NULL REFERENCES miembros(id),
    UNIQUE (punto_id, miembro_id)
);

CREATE INDEX puntos_miembros_miembro ON puntos_miembros(miembro_id);

CREATE TRIGGER puntos_miembros_congelado_insert BEFORE INSERT ON puntos_miembros
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = NEW.punto_id)) IN ('aprobada', 'firmada') BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER puntos_miembros_congelado_update BEFORE UPDATE ON puntos_miembros
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = NEW.punto_id)) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = OLD.punto_id)) IN ('aprobada', 'firmada') BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER puntos_miembros_congelado_delete BEFORE DELETE ON puntos_miembros
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = OLD.punto_id)) IN ('aprobada', 'firmada') BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_puntos_miembros_alta AFTER INSERT ON puntos_miembros BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('puntos_miembros', NEW.id, 'alta', json_array(NEW.id, NEW.punto_id, NEW.miembro_id)); END;

CREATE TRIGGER bitacora_puntos_miembros_cambio AFTER UPDATE ON puntos_miembros WHEN OLD.id IS NOT NEW.id OR OLD.punto_id IS NOT NEW.punto_id OR OLD.miembro_id IS NOT NEW.miembro_id BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('puntos_miembros', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.punto_id, OLD.miembro_id), 'despues', json_array(NEW.id, NEW.punto_id, NEW.miembro_id))); END;

CREATE TRIGGER bitacora_puntos_miembros_baja AFTER DELETE ON puntos_miembros BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('puntos_miembros', OLD.id, 'borrado', json_array(OLD.id, OLD.punto_id, OLD.miembro_id)); END;


-- ==================== 0054_saldos_a_favor =============================================================

-- pagos_con_saldo (creada en 0054_saldos_a_favor)
CREATE TABLE pagos_con_saldo (pago_id INTEGER PRIMARY KEY REFERENCES pagos(id));

CREATE TRIGGER pagos_con_saldo_sin_borrar BEFORE DELETE ON pagos_con_saldo
    WHEN EXISTS (SELECT 1 FROM pagos p WHERE p.id = OLD.pago_id AND p.anulado_en IS NULL AND p.importe_imputable > coalesce((SELECT sum(i.importe) FROM imputaciones i WHERE i.pago_id = p.id), 0))
    BEGIN SELECT RAISE(ABORT, 'Un pago con saldo a favor sigue en la lista de pagos con saldo hasta que se imputa entero o se anula.'); END;

CREATE TRIGGER pagos_con_saldo_fijo BEFORE UPDATE ON pagos_con_saldo
    BEGIN SELECT RAISE(ABORT, 'La lista de pagos con saldo a favor no se modifica: la llevan los pagos y sus imputaciones.'); END;


-- ==================== 0055_sala =======================================================================

-- reglas_de_la_sala (creada en 0055_sala)
--   columnas de 0068_apoyos_y_recomendacion: minimo_apoyos
--   columnas de 0069_oradores_de_openslides: segundos_intervencion_breve, segundos_pregunta
--   columnas de 0071_flujo_de_las_mociones: flujo_mociones
CREATE TABLE reglas_de_la_sala (
    organo_id INTEGER PRIMARY KEY REFERENCES organos(id),
    plazo_mociones_dias INTEGER CHECK (plazo_mociones_dias IS NULL OR plazo_mociones_dias BETWEEN 0 AND 365),
    segundos_palabra INTEGER NOT NULL DEFAULT 180 CHECK (segundos_palabra BETWEEN 10 AND 7200),
    segundos_cuestion_orden INTEGER NOT NULL DEFAULT 60
        CHECK (segundos_cuestion_orden BETWEEN 10 AND 7200),
    orden_enmiendas TEXT NOT NULL DEFAULT 'mas_lejana'
        CHECK (orden_enmiendas IN ('mas_lejana', 'presentacion')),
    articulo TEXT
    , minimo_apoyos INTEGER NOT NULL DEFAULT 0 CHECK (minimo_apoyos BETWEEN 0 AND 500)
    , segundos_intervencion_breve INTEGER NOT NULL DEFAULT 60 CHECK (segundos_intervencion_breve BETWEEN 10 AND 7200)
    , segundos_pregunta INTEGER NOT NULL DEFAULT 30 CHECK (segundos_pregunta BETWEEN 10 AND 7200)
    , flujo_mociones TEXT CHECK (flujo_mociones IS NULL OR length(trim(flujo_mociones)) > 0)
);

CREATE TRIGGER bitacora_reglas_de_la_sala_alta AFTER INSERT ON reglas_de_la_sala BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('reglas_de_la_sala', NEW.organo_id, 'alta', json_array(NEW.organo_id, NEW.plazo_mociones_dias, NEW.segundos_palabra, NEW.segundos_cuestion_orden, NEW.orden_enmiendas, NEW.articulo, NEW.minimo_apoyos, NEW.segundos_intervencion_breve, NEW.segundos_pregunta, NEW.flujo_mociones)); END;

CREATE TRIGGER bitacora_reglas_de_la_sala_cambio AFTER UPDATE ON reglas_de_la_sala WHEN OLD.organo_id IS NOT NEW.organo_id OR OLD.plazo_mociones_dias IS NOT NEW.plazo_mociones_dias OR OLD.segundos_palabra IS NOT NEW.segundos_palabra OR OLD.segundos_cuestion_orden IS NOT NEW.segundos_cuestion_orden OR OLD.orden_enmiendas IS NOT NEW.orden_enmiendas OR OLD.articulo IS NOT NEW.articulo OR OLD.minimo_apoyos IS NOT NEW.minimo_apoyos OR OLD.segundos_intervencion_breve IS NOT NEW.segundos_intervencion_breve OR OLD.segundos_pregunta IS NOT NEW.segundos_pregunta OR OLD.flujo_mociones IS NOT NEW.flujo_mociones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('reglas_de_la_sala', NEW.organo_id, 'cambio',
        json_object('antes', json_array(OLD.organo_id, OLD.plazo_mociones_dias, OLD.segundos_palabra, OLD.segundos_cuestion_orden, OLD.orden_enmiendas, OLD.articulo, OLD.minimo_apoyos, OLD.segundos_intervencion_breve, OLD.segundos_pregunta, OLD.flujo_mociones), 'despues', json_array(NEW.organo_id, NEW.plazo_mociones_dias, NEW.segundos_palabra, NEW.segundos_cuestion_orden, NEW.orden_enmiendas, NEW.articulo, NEW.minimo_apoyos, NEW.segundos_intervencion_breve, NEW.segundos_pregunta, NEW.flujo_mociones))); END;

CREATE TRIGGER bitacora_reglas_de_la_sala_baja AFTER DELETE ON reglas_de_la_sala BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('reglas_de_la_sala', OLD.organo_id, 'borrado', json_array(OLD.organo_id, OLD.plazo_mociones_dias, OLD.segundos_palabra, OLD.segundos_cuestion_orden, OLD.orden_enmiendas, OLD.articulo, OLD.minimo_apoyos, OLD.segundos_intervencion_breve, OLD.segundos_pregunta, OLD.flujo_mociones)); END;

-- mociones (creada en 0055_sala)
--   columnas de 0056_motivo_de_admision: motivo_admision
--   columnas de 0068_apoyos_y_recomendacion: recomendacion, recomendada_por, recomendada_el, recomendacion_nota
--   columnas de 0070_categorias_de_mocion: categoria_id
--   columnas de 0073_bloques_de_mocion: bloque_id
CREATE TABLE mociones (
    id INTEGER PRIMARY KEY,
    sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
    punto_id INTEGER NOT NULL REFERENCES puntos_orden(id),
    numero INTEGER NOT NULL CHECK (numero > 0),
    titulo TEXT NOT NULL CHECK (length(trim(titulo)) > 0),
    texto TEXT NOT NULL CHECK (length(trim(texto)) > 0),
    fundamento TEXT,
    recibida_el TEXT NOT NULL CHECK (recibida_el IS NULL OR date(recibida_el) IS recibida_el),
    estado TEXT NOT NULL DEFAULT 'presentada' CHECK (estado IN ('presentada', 'admitida', 'no_admitida', 'aprobada', 'rechazada', 'retirada', 'derivada', 'aplazada', 'no_tratada')),
    motivo TEXT,
    fuera_de_plazo INTEGER NOT NULL DEFAULT 0 CHECK (fuera_de_plazo IN (0, 1)),
    derivada_a INTEGER REFERENCES organos(id),
    viene_de INTEGER REFERENCES mociones(id),
    resolucion_id INTEGER REFERENCES resoluciones(id), motivo_admision TEXT, recomendacion TEXT CHECK (recomendacion IS NULL OR recomendacion IN ('aprobar', 'aprobar_con_cambios', 'rechazar', 'sin_pronunciarse')), recomendada_por INTEGER REFERENCES organos(id), recomendada_el TEXT CHECK (recomendada_el IS NULL OR date(recomendada_el) IS recomendada_el), recomendacion_nota TEXT, categoria_id INTEGER REFERENCES categorias_de_mocion(id), bloque_id INTEGER REFERENCES bloques_de_mocion(id),
    UNIQUE (sesion_id, numero),
    CHECK (estado = 'derivada' OR derivada_a IS NULL),
    CHECK (estado = 'aprobada' OR resolucion_id IS NULL)
);

CREATE INDEX mociones_punto ON mociones(punto_id);

CREATE INDEX mociones_viene_de ON mociones(viene_de);

CREATE INDEX mociones_categoria ON mociones(categoria_id);

CREATE INDEX mociones_bloque ON mociones(bloque_id);

CREATE TRIGGER mociones_coherente_insert BEFORE INSERT ON mociones
    WHEN (SELECT sesion_id FROM puntos_orden WHERE id = NEW.punto_id) IS NOT NEW.sesion_id
    BEGIN SELECT RAISE(ABORT, 'El punto de la moción es de otra sesión.'); END;

CREATE TRIGGER mociones_coherente_update BEFORE UPDATE ON mociones
    WHEN (SELECT sesion_id FROM puntos_orden WHERE id = NEW.punto_id) IS NOT NEW.sesion_id
    BEGIN SELECT RAISE(ABORT, 'El punto de la moción es de otra sesión.'); END;

CREATE TRIGGER mociones_congelado_insert BEFORE INSERT ON mociones
    WHEN (SELECT estado FROM actas WHERE sesion_id = NEW.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER mociones_congelado_update BEFORE UPDATE ON mociones
    WHEN (SELECT estado FROM actas WHERE sesion_id = OLD.sesion_id) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = NEW.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER mociones_congelado_delete BEFORE DELETE ON mociones
    WHEN (SELECT estado FROM actas WHERE sesion_id = OLD.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER mociones_recomendacion_insert BEFORE INSERT ON mociones
    WHEN ((NEW.recomendacion IS NULL) <> (NEW.recomendada_por IS NULL) OR (NEW.recomendacion IS NULL) <> (NEW.recomendada_el IS NULL))
    BEGIN SELECT RAISE(ABORT, 'La recomendación de una moción va con el órgano que la da y su fecha.'); END;

CREATE TRIGGER mociones_recomendacion_update BEFORE UPDATE ON mociones
    WHEN ((NEW.recomendacion IS NULL) <> (NEW.recomendada_por IS NULL) OR (NEW.recomendacion IS NULL) <> (NEW.recomendada_el IS NULL))
    BEGIN SELECT RAISE(ABORT, 'La recomendación de una moción va con el órgano que la da y su fecha.'); END;

CREATE TRIGGER mociones_bloque_coherente_insert BEFORE INSERT ON mociones
    WHEN NEW.bloque_id IS NOT NULL AND (SELECT sesion_id FROM bloques_de_mocion WHERE id = NEW.bloque_id) IS NOT NEW.sesion_id
    BEGIN SELECT RAISE(ABORT, 'El bloque de la moción es de otra sesión.'); END;

CREATE TRIGGER mociones_bloque_coherente_update BEFORE UPDATE ON mociones
    WHEN NEW.bloque_id IS NOT NULL AND (SELECT sesion_id FROM bloques_de_mocion WHERE id = NEW.bloque_id) IS NOT NEW.sesion_id
    BEGIN SELECT RAISE(ABORT, 'El bloque de la moción es de otra sesión.'); END;

CREATE TRIGGER bitacora_mociones_alta AFTER INSERT ON mociones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('mociones', NEW.id, 'alta', json_array(NEW.id, NEW.sesion_id, NEW.punto_id, NEW.numero, NEW.titulo, NEW.texto, NEW.fundamento, NEW.recibida_el, NEW.estado, NEW.motivo, NEW.fuera_de_plazo, NEW.derivada_a, NEW.viene_de, NEW.resolucion_id, NEW.motivo_admision, NEW.recomendacion, NEW.recomendada_por, NEW.recomendada_el, NEW.recomendacion_nota, NEW.categoria_id, NEW.bloque_id)); END;

CREATE TRIGGER bitacora_mociones_cambio AFTER UPDATE ON mociones WHEN OLD.id IS NOT NEW.id OR OLD.sesion_id IS NOT NEW.sesion_id OR OLD.punto_id IS NOT NEW.punto_id OR OLD.numero IS NOT NEW.numero OR OLD.titulo IS NOT NEW.titulo OR OLD.texto IS NOT NEW.texto OR OLD.fundamento IS NOT NEW.fundamento OR OLD.recibida_el IS NOT NEW.recibida_el OR OLD.estado IS NOT NEW.estado OR OLD.motivo IS NOT NEW.motivo OR OLD.fuera_de_plazo IS NOT NEW.fuera_de_plazo OR OLD.derivada_a IS NOT NEW.derivada_a OR OLD.viene_de IS NOT NEW.viene_de OR OLD.resolucion_id IS NOT NEW.resolucion_id OR OLD.motivo_admision IS NOT NEW.motivo_admision OR OLD.recomendacion IS NOT NEW.recomendacion OR OLD.recomendada_por IS NOT NEW.recomendada_por OR OLD.recomendada_el IS NOT NEW.recomendada_el OR OLD.recomendacion_nota IS NOT NEW.recomendacion_nota OR OLD.categoria_id IS NOT NEW.categoria_id OR OLD.bloque_id IS NOT NEW.bloque_id BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('mociones', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.sesion_id, OLD.punto_id, OLD.numero, OLD.titulo, OLD.texto, OLD.fundamento, OLD.recibida_el, OLD.estado, OLD.motivo, OLD.fuera_de_plazo, OLD.derivada_a, OLD.viene_de, OLD.resolucion_id, OLD.motivo_admision, OLD.recomendacion, OLD.recomendada_por, OLD.recomendada_el, OLD.recomendacion_nota, OLD.categoria_id, OLD.bloque_id), 'despues', json_array(NEW.id, NEW.sesion_id, NEW.punto_id, NEW.numero, NEW.titulo, NEW.texto, NEW.fundamento, NEW.recibida_el, NEW.estado, NEW.motivo, NEW.fuera_de_plazo, NEW.derivada_a, NEW.viene_de, NEW.resolucion_id, NEW.motivo_admision, NEW.recomendacion, NEW.recomendada_por, NEW.recomendada_el, NEW.recomendacion_nota, NEW.categoria_id, NEW.bloque_id))); END;

CREATE TRIGGER bitacora_mociones_baja AFTER DELETE ON mociones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('mociones', OLD.id, 'borrado', json_array(OLD.id, OLD.sesion_id, OLD.punto_id, OLD.numero, OLD.titulo, OLD.texto, OLD.fundamento, OLD.recibida_el, OLD.estado, OLD.motivo, OLD.fuera_de_plazo, OLD.derivada_a, OLD.viene_de, OLD.resolucion_id, OLD.motivo_admision, OLD.recomendacion, OLD.recomendada_por, OLD.recomendada_el, OLD.recomendacion_nota, OLD.categoria_id, OLD.bloque_id)); END;

-- autores_mocion (creada en 0055_sala)
CREATE TABLE autores_mocion (
    id INTEGER PRIMARY KEY,
    mocion_id INTEGER NOT NULL REFERENCES mociones(id) ON DELETE CASCADE,
    miembro_id INTEGER NOT NULL REFERENCES miembros(id),
    papel TEXT NOT NULL DEFAULT 'autor' CHECK (papel IN ('autor', 'apoyo')),
    UNIQUE (mocion_id, miembro_id)
);

CREATE INDEX autores_mocion_miembro ON autores_mocion(miembro_id);

CREATE TRIGGER autores_mocion_congelado_insert BEFORE INSERT ON autores_mocion
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = NEW.mocion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER autores_mocion_congelado_update BEFORE UPDATE ON autores_mocion
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = OLD.mocion_id)) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = NEW.mocion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER autores_mocion_congelado_delete BEFORE DELETE ON autores_mocion
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = OLD.mocion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_autores_mocion_alta AFTER INSERT ON autores_mocion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('autores_mocion', NEW.id, 'alta', json_array(NEW.id, NEW.mocion_id, NEW.miembro_id, NEW.papel)); END;

CREATE TRIGGER bitacora_autores_mocion_cambio AFTER UPDATE ON autores_mocion WHEN OLD.id IS NOT NEW.id OR OLD.mocion_id IS NOT NEW.mocion_id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.papel IS NOT NEW.papel BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('autores_mocion', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.mocion_id, OLD.miembro_id, OLD.papel), 'despues', json_array(NEW.id, NEW.mocion_id, NEW.miembro_id, NEW.papel))); END;

CREATE TRIGGER bitacora_autores_mocion_baja AFTER DELETE ON autores_mocion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('autores_mocion', OLD.id, 'borrado', json_array(OLD.id, OLD.mocion_id, OLD.miembro_id, OLD.papel)); END;

-- enmiendas (creada en 0055_sala)
--   columnas de 0072_enmiendas_a_enmiendas: enmienda_de
CREATE TABLE enmiendas (
    id INTEGER PRIMARY KEY,
    mocion_id INTEGER NOT NULL REFERENCES mociones(id),
    numero INTEGER NOT NULL CHECK (numero > 0),
    recibida_el TEXT NOT NULL CHECK (recibida_el IS NULL OR date(recibida_el) IS recibida_el),
    fundamento TEXT,
    estado TEXT NOT NULL DEFAULT 'presentada' CHECK (estado IN ('presentada', 'admitida', 'no_admitida',
        'aprobada', 'rechazada', 'retirada', 'decaida')),
    motivo TEXT,
    orden_votacion INTEGER CHECK (orden_votacion IS NULL OR orden_votacion > 0), enmienda_de INTEGER REFERENCES enmiendas(id),
    UNIQUE (mocion_id, numero)
);

CREATE INDEX enmiendas_enmienda_de ON enmiendas(enmienda_de);

CREATE TRIGGER enmiendas_congelado_insert BEFORE INSERT ON enmiendas
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = NEW.mocion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER enmiendas_congelado_update BEFORE UPDATE ON enmiendas
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = OLD.mocion_id)) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = NEW.mocion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER enmiendas_congelado_delete BEFORE DELETE ON enmiendas
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = OLD.mocion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER enmiendas_enmienda_de_insert BEFORE INSERT ON enmiendas
    WHEN NEW.enmienda_de IS NOT NULL AND (NEW.enmienda_de = NEW.id OR NOT EXISTS (SELECT 1 FROM enmiendas e WHERE e.id = NEW.enmienda_de AND e.mocion_id = NEW.mocion_id AND e.enmienda_de IS NULL) OR EXISTS (SELECT 1 FROM enmiendas h WHERE h.enmienda_de = NEW.id))
    BEGIN SELECT RAISE(ABORT, 'Una enmienda a una enmienda enmienda otra de la misma moción, que enmiende la moción.'); END;

CREATE TRIGGER enmiendas_enmienda_de_update BEFORE UPDATE ON enmiendas
    WHEN NEW.enmienda_de IS NOT NULL AND (NEW.enmienda_de = NEW.id OR NOT EXISTS (SELECT 1 FROM enmiendas e WHERE e.id = NEW.enmienda_de AND e.mocion_id = NEW.mocion_id AND e.enmienda_de IS NULL) OR EXISTS (SELECT 1 FROM enmiendas h WHERE h.enmienda_de = NEW.id))
    BEGIN SELECT RAISE(ABORT, 'Una enmienda a una enmienda enmienda otra de la misma moción, que enmiende la moción.'); END;

CREATE TRIGGER bitacora_enmiendas_alta AFTER INSERT ON enmiendas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('enmiendas', NEW.id, 'alta', json_array(NEW.id, NEW.mocion_id, NEW.numero, NEW.recibida_el, NEW.fundamento, NEW.estado, NEW.motivo, NEW.orden_votacion, NEW.enmienda_de)); END;

CREATE TRIGGER bitacora_enmiendas_cambio AFTER UPDATE ON enmiendas WHEN OLD.id IS NOT NEW.id OR OLD.mocion_id IS NOT NEW.mocion_id OR OLD.numero IS NOT NEW.numero OR OLD.recibida_el IS NOT NEW.recibida_el OR OLD.fundamento IS NOT NEW.fundamento OR OLD.estado IS NOT NEW.estado OR OLD.motivo IS NOT NEW.motivo OR OLD.orden_votacion IS NOT NEW.orden_votacion OR OLD.enmienda_de IS NOT NEW.enmienda_de BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('enmiendas', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.mocion_id, OLD.numero, OLD.recibida_el, OLD.fundamento, OLD.estado, OLD.motivo, OLD.orden_votacion, OLD.enmienda_de), 'despues', json_array(NEW.id, NEW.mocion_id, NEW.numero, NEW.recibida_el, NEW.fundamento, NEW.estado, NEW.motivo, NEW.orden_votacion, NEW.enmienda_de))); END;

CREATE TRIGGER bitacora_enmiendas_baja AFTER DELETE ON enmiendas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('enmiendas', OLD.id, 'borrado', json_array(OLD.id, OLD.mocion_id, OLD.numero, OLD.recibida_el, OLD.fundamento, OLD.estado, OLD.motivo, OLD.orden_votacion, OLD.enmienda_de)); END;

-- cambios_enmienda (creada en 0055_sala)
CREATE TABLE cambios_enmienda (
    id INTEGER PRIMARY KEY,
    enmienda_id INTEGER NOT NULL REFERENCES enmiendas(id) ON DELETE CASCADE,
    orden INTEGER NOT NULL CHECK (orden > 0),
    operacion TEXT NOT NULL CHECK (operacion IN ('reemplazar', 'insertar', 'suprimir')),
    parrafo INTEGER NOT NULL CHECK (parrafo >= 0),
    texto TEXT,
    UNIQUE (enmienda_id, orden),
    CHECK ((operacion = 'suprimir') = (texto IS NULL)),
    CHECK (operacion = 'insertar' OR parrafo > 0)
);

CREATE TRIGGER cambios_enmienda_congelado_insert BEFORE INSERT ON cambios_enmienda
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT m.sesion_id FROM enmiendas e JOIN mociones m ON m.id = e.mocion_id WHERE e.id = NEW.enmienda_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER cambios_enmienda_congelado_update BEFORE UPDATE ON cambios_enmienda
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT m.sesion_id FROM enmiendas e JOIN mociones m ON m.id = e.mocion_id WHERE e.id = OLD.enmienda_id)) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = (SELECT m.sesion_id FROM enmiendas e JOIN mociones m ON m.id = e.mocion_id WHERE e.id = NEW.enmienda_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER cambios_enmienda_congelado_delete BEFORE DELETE ON cambios_enmienda
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT m.sesion_id FROM enmiendas e JOIN mociones m ON m.id = e.mocion_id WHERE e.id = OLD.enmienda_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_cambios_enmienda_alta AFTER INSERT ON cambios_enmienda BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('cambios_enmienda', NEW.id, 'alta', json_array(NEW.id, NEW.enmienda_id, NEW.orden, NEW.operacion, NEW.parrafo, NEW.texto)); END;

CREATE TRIGGER bitacora_cambios_enmienda_cambio AFTER UPDATE ON cambios_enmienda WHEN OLD.id IS NOT NEW.id OR OLD.enmienda_id IS NOT NEW.enmienda_id OR OLD.orden IS NOT NEW.orden OR OLD.operacion IS NOT NEW.operacion OR OLD.parrafo IS NOT NEW.parrafo OR OLD.texto IS NOT NEW.texto BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('cambios_enmienda', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.enmienda_id, OLD.orden, OLD.operacion, OLD.parrafo, OLD.texto), 'despues', json_array(NEW.id, NEW.enmienda_id, NEW.orden, NEW.operacion, NEW.parrafo, NEW.texto))); END;

CREATE TRIGGER bitacora_cambios_enmienda_baja AFTER DELETE ON cambios_enmienda BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('cambios_enmienda', OLD.id, 'borrado', json_array(OLD.id, OLD.enmienda_id, OLD.orden, OLD.operacion, OLD.parrafo, OLD.texto)); END;

-- autores_enmienda (creada en 0055_sala)
CREATE TABLE autores_enmienda (
    id INTEGER PRIMARY KEY,
    enmienda_id INTEGER NOT NULL REFERENCES enmiendas(id) ON DELETE CASCADE,
    miembro_id INTEGER NOT NULL REFERENCES miembros(id),
    UNIQUE (enmienda_id, miembro_id)
);

CREATE INDEX autores_enmienda_miembro ON autores_enmienda(miembro_id);

CREATE TRIGGER autores_enmienda_congelado_insert BEFORE INSERT ON autores_enmienda
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT m.sesion_id FROM enmiendas e JOIN mociones m ON m.id = e.mocion_id WHERE e.id = NEW.enmienda_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER autores_enmienda_congelado_update BEFORE UPDATE ON autores_enmienda
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT m.sesion_id FROM enmiendas e JOIN mociones m ON m.id = e.mocion_id WHERE e.id = OLD.enmienda_id)) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = (SELECT m.sesion_id FROM enmiendas e JOIN mociones m ON m.id = e.mocion_id WHERE e.id = NEW.enmienda_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER autores_enmienda_congelado_delete BEFORE DELETE ON autores_enmienda
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT m.sesion_id FROM enmiendas e JOIN mociones m ON m.id = e.mocion_id WHERE e.id = OLD.enmienda_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_autores_enmienda_alta AFTER INSERT ON autores_enmienda BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('autores_enmienda', NEW.id, 'alta', json_array(NEW.id, NEW.enmienda_id, NEW.miembro_id)); END;

CREATE TRIGGER bitacora_autores_enmienda_cambio AFTER UPDATE ON autores_enmienda WHEN OLD.id IS NOT NEW.id OR OLD.enmienda_id IS NOT NEW.enmienda_id OR OLD.miembro_id IS NOT NEW.miembro_id BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('autores_enmienda', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.enmienda_id, OLD.miembro_id), 'despues', json_array(NEW.id, NEW.enmienda_id, NEW.miembro_id))); END;

CREATE TRIGGER bitacora_autores_enmienda_baja AFTER DELETE ON autores_enmienda BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('autores_enmienda', OLD.id, 'borrado', json_array(OLD.id, OLD.enmienda_id, OLD.miembro_id)); END;

-- votaciones_sala (creada en 0055_sala)
CREATE TABLE votaciones_sala (
    id INTEGER PRIMARY KEY,
    mocion_id INTEGER NOT NULL REFERENCES mociones(id),
    enmienda_id INTEGER REFERENCES enmiendas(id),
    metodo TEXT NOT NULL CHECK (metodo IN ('alzada', 'nominal', 'secreta')),
    mayoria TEXT NOT NULL CHECK (mayoria IN ('simple', 'absoluta', 'dos_tercios', 'tres_cuartos')),
    base TEXT NOT NULL CHECK (base IN ('emitidos', 'presentes', 'con_derecho', 'sna', 'validos', 'todos')),
    a_favor INTEGER NOT NULL CHECK (a_favor >= 0),
    en_contra INTEGER NOT NULL CHECK (en_contra >= 0),
    abstenciones INTEGER NOT NULL CHECK (abstenciones >= 0),
    presentes INTEGER NOT NULL,
    con_derecho INTEGER NOT NULL,
    aprobada INTEGER NOT NULL CHECK (aprobada IN (0, 1)),
    texto_resultado TEXT NOT NULL,
    regla_mayoria TEXT,
    motivo_mayoria TEXT,
    cerrada_en TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE UNIQUE INDEX votaciones_sala_enmienda ON votaciones_sala(enmienda_id) WHERE enmienda_id IS NOT NULL;

CREATE UNIQUE INDEX votaciones_sala_mocion ON votaciones_sala(mocion_id) WHERE enmienda_id IS NULL;

CREATE TRIGGER votaciones_sala_coherente_insert BEFORE INSERT ON votaciones_sala
    WHEN NEW.enmienda_id IS NOT NULL AND (SELECT mocion_id FROM enmiendas WHERE id = NEW.enmienda_id) IS NOT NEW.mocion_id
    BEGIN SELECT RAISE(ABORT, 'La enmienda votada es de otra moción.'); END;

CREATE TRIGGER votaciones_sala_coherente_update BEFORE UPDATE ON votaciones_sala
    WHEN NEW.enmienda_id IS NOT NULL AND (SELECT mocion_id FROM enmiendas WHERE id = NEW.enmienda_id) IS NOT NEW.mocion_id
    BEGIN SELECT RAISE(ABORT, 'La enmienda votada es de otra moción.'); END;

CREATE TRIGGER votaciones_sala_congelado_insert BEFORE INSERT ON votaciones_sala
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = NEW.mocion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER votaciones_sala_congelado_update BEFORE UPDATE ON votaciones_sala
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = OLD.mocion_id)) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = NEW.mocion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER votaciones_sala_congelado_delete BEFORE DELETE ON votaciones_sala
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = OLD.mocion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_votaciones_sala_alta AFTER INSERT ON votaciones_sala BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('votaciones_sala', NEW.id, 'alta', json_array(NEW.id, NEW.mocion_id, NEW.enmienda_id, NEW.metodo, NEW.mayoria, NEW.base, NEW.a_favor, NEW.en_contra, NEW.abstenciones, NEW.presentes, NEW.con_derecho, NEW.aprobada, NEW.texto_resultado, NEW.regla_mayoria, NEW.motivo_mayoria, NEW.cerrada_en)); END;

CREATE TRIGGER bitacora_votaciones_sala_cambio AFTER UPDATE ON votaciones_sala WHEN OLD.id IS NOT NEW.id OR OLD.mocion_id IS NOT NEW.mocion_id OR OLD.enmienda_id IS NOT NEW.enmienda_id OR OLD.metodo IS NOT NEW.metodo OR OLD.mayoria IS NOT NEW.mayoria OR OLD.base IS NOT NEW.base OR OLD.a_favor IS NOT NEW.a_favor OR OLD.en_contra IS NOT NEW.en_contra OR OLD.abstenciones IS NOT NEW.abstenciones OR OLD.presentes IS NOT NEW.presentes OR OLD.con_derecho IS NOT NEW.con_derecho OR OLD.aprobada IS NOT NEW.aprobada OR OLD.texto_resultado IS NOT NEW.texto_resultado OR OLD.regla_mayoria IS NOT NEW.regla_mayoria OR OLD.motivo_mayoria IS NOT NEW.motivo_mayoria OR OLD.cerrada_en IS NOT NEW.cerrada_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('votaciones_sala', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.mocion_id, OLD.enmienda_id, OLD.metodo, OLD.mayoria, OLD.base, OLD.a_favor, OLD.en_contra, OLD.abstenciones, OLD.presentes, OLD.con_derecho, OLD.aprobada, OLD.texto_resultado, OLD.regla_mayoria, OLD.motivo_mayoria, OLD.cerrada_en), 'despues', json_array(NEW.id, NEW.mocion_id, NEW.enmienda_id, NEW.metodo, NEW.mayoria, NEW.base, NEW.a_favor, NEW.en_contra, NEW.abstenciones, NEW.presentes, NEW.con_derecho, NEW.aprobada, NEW.texto_resultado, NEW.regla_mayoria, NEW.motivo_mayoria, NEW.cerrada_en))); END;

CREATE TRIGGER bitacora_votaciones_sala_baja AFTER DELETE ON votaciones_sala BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('votaciones_sala', OLD.id, 'borrado', json_array(OLD.id, OLD.mocion_id, OLD.enmienda_id, OLD.metodo, OLD.mayoria, OLD.base, OLD.a_favor, OLD.en_contra, OLD.abstenciones, OLD.presentes, OLD.con_derecho, OLD.aprobada, OLD.texto_resultado, OLD.regla_mayoria, OLD.motivo_mayoria, OLD.cerrada_en)); END;

-- habilitados_sala (creada en 0055_sala)
CREATE TABLE habilitados_sala (
    id INTEGER PRIMARY KEY,
    votacion_sala_id INTEGER NOT NULL REFERENCES votaciones_sala(id),
    miembro_id INTEGER NOT NULL REFERENCES miembros(id),
    peso INTEGER NOT NULL DEFAULT 1 CHECK (peso > 0),
    sentido TEXT CHECK (sentido IS NULL OR sentido IN ('a_favor', 'en_contra', 'abstencion')),
    UNIQUE (votacion_sala_id, miembro_id)
);

CREATE INDEX habilitados_sala_miembro ON habilitados_sala(miembro_id);

CREATE TRIGGER habilitados_sala_congelado_insert BEFORE INSERT ON habilitados_sala
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT m.sesion_id FROM votaciones_sala v JOIN mociones m ON m.id = v.mocion_id WHERE v.id = NEW.votacion_sala_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER habilitados_sala_congelado_update BEFORE UPDATE ON habilitados_sala
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT m.sesion_id FROM votaciones_sala v JOIN mociones m ON m.id = v.mocion_id WHERE v.id = OLD.votacion_sala_id)) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = (SELECT m.sesion_id FROM votaciones_sala v JOIN mociones m ON m.id = v.mocion_id WHERE v.id = NEW.votacion_sala_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER habilitados_sala_congelado_delete BEFORE DELETE ON habilitados_sala
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT m.sesion_id FROM votaciones_sala v JOIN mociones m ON m.id = v.mocion_id WHERE v.id = OLD.votacion_sala_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_habilitados_sala_alta AFTER INSERT ON habilitados_sala BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('habilitados_sala', NEW.id, 'alta', json_array(NEW.id, NEW.votacion_sala_id, NEW.miembro_id, NEW.peso, NEW.sentido)); END;

CREATE TRIGGER bitacora_habilitados_sala_cambio AFTER UPDATE ON habilitados_sala WHEN OLD.id IS NOT NEW.id OR OLD.votacion_sala_id IS NOT NEW.votacion_sala_id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.peso IS NOT NEW.peso OR OLD.sentido IS NOT NEW.sentido BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('habilitados_sala', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.votacion_sala_id, OLD.miembro_id, OLD.peso, OLD.sentido), 'despues', json_array(NEW.id, NEW.votacion_sala_id, NEW.miembro_id, NEW.peso, NEW.sentido))); END;

CREATE TRIGGER bitacora_habilitados_sala_baja AFTER DELETE ON habilitados_sala BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('habilitados_sala', OLD.id, 'borrado', json_array(OLD.id, OLD.votacion_sala_id, OLD.miembro_id, OLD.peso, OLD.sentido)); END;

-- listas_de_oradores (creada en 0055_sala)
CREATE TABLE listas_de_oradores (
    id INTEGER PRIMARY KEY,
    sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
    punto_id INTEGER NOT NULL REFERENCES puntos_orden(id),
    mocion_id INTEGER REFERENCES mociones(id),
    cerrada_en TEXT CHECK (cerrada_en IS NULL OR cerrada_en GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]')
);

CREATE UNIQUE INDEX listas_de_oradores_punto ON listas_de_oradores(punto_id) WHERE mocion_id IS NULL;

CREATE UNIQUE INDEX listas_de_oradores_mocion ON listas_de_oradores(mocion_id) WHERE mocion_id IS NOT NULL;

CREATE TRIGGER listas_de_oradores_coherente_insert BEFORE INSERT ON listas_de_oradores
    WHEN (SELECT sesion_id FROM puntos_orden WHERE id = NEW.punto_id) IS NOT NEW.sesion_id OR (NEW.mocion_id IS NOT NULL AND (SELECT punto_id FROM mociones WHERE id = NEW.mocion_id) IS NOT NEW.punto_id)
    BEGIN SELECT RAISE(ABORT, 'La lista de oradores y su punto son de sesiones distintas.'); END;

CREATE TRIGGER listas_de_oradores_coherente_update BEFORE UPDATE ON listas_de_oradores
    WHEN (SELECT sesion_id FROM puntos_orden WHERE id = NEW.punto_id) IS NOT NEW.sesion_id OR (NEW.mocion_id IS NOT NULL AND (SELECT punto_id FROM mociones WHERE id = NEW.mocion_id) IS NOT NEW.punto_id)
    BEGIN SELECT RAISE(ABORT, 'La lista de oradores y su punto son de sesiones distintas.'); END;

CREATE TRIGGER listas_de_oradores_congelado_insert BEFORE INSERT ON listas_de_oradores
    WHEN (SELECT estado FROM actas WHERE sesion_id = NEW.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER listas_de_oradores_congelado_update BEFORE UPDATE ON listas_de_oradores
    WHEN (SELECT estado FROM actas WHERE sesion_id = OLD.sesion_id) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = NEW.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER listas_de_oradores_congelado_delete BEFORE DELETE ON listas_de_oradores
    WHEN (SELECT estado FROM actas WHERE sesion_id = OLD.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_listas_de_oradores_alta AFTER INSERT ON listas_de_oradores BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('listas_de_oradores', NEW.id, 'alta', json_array(NEW.id, NEW.sesion_id, NEW.punto_id, NEW.mocion_id, NEW.cerrada_en)); END;

CREATE TRIGGER bitacora_listas_de_oradores_cambio AFTER UPDATE ON listas_de_oradores WHEN OLD.id IS NOT NEW.id OR OLD.sesion_id IS NOT NEW.sesion_id OR OLD.punto_id IS NOT NEW.punto_id OR OLD.mocion_id IS NOT NEW.mocion_id OR OLD.cerrada_en IS NOT NEW.cerrada_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('listas_de_oradores', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.sesion_id, OLD.punto_id, OLD.mocion_id, OLD.cerrada_en), 'despues', json_array(NEW.id, NEW.sesion_id, NEW.punto_id, NEW.mocion_id, NEW.cerrada_en))); END;

CREATE TRIGGER bitacora_listas_de_oradores_baja AFTER DELETE ON listas_de_oradores BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('listas_de_oradores', OLD.id, 'borrado', json_array(OLD.id, OLD.sesion_id, OLD.punto_id, OLD.mocion_id, OLD.cerrada_en)); END;

-- oradores (creada en 0055_sala)
--   columnas de 0069_oradores_de_openslides: pausado_en, segundos_previos, corre_desde, categoria_id, pregunta_a
CREATE TABLE oradores (
    id INTEGER PRIMARY KEY,
    lista_id INTEGER NOT NULL REFERENCES listas_de_oradores(id),
    orden INTEGER NOT NULL CHECK (orden > 0),
    miembro_id INTEGER REFERENCES miembros(id),
    persona TEXT,
    tipo TEXT NOT NULL DEFAULT 'intervencion'
        CHECK (tipo IN ('intervencion', 'a_favor', 'en_contra', 'cuestion_de_orden', 'pregunta_intercalada', 'intervencion_breve')),
    estado TEXT NOT NULL DEFAULT 'en_espera' CHECK (estado IN ('en_espera', 'hablando', 'hablo', 'retirado')),
    pedida_en TEXT NOT NULL CHECK (pedida_en IS NULL OR pedida_en GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
    empezo_en TEXT CHECK (empezo_en IS NULL OR empezo_en GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
    termino_en TEXT CHECK (termino_en IS NULL OR termino_en GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
    segundos INTEGER CHECK (segundos IS NULL OR segundos >= 0), pausado_en TEXT CHECK (pausado_en IS NULL OR pausado_en GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'), segundos_previos INTEGER NOT NULL DEFAULT 0 CHECK (segundos_previos >= 0), corre_desde TEXT CHECK (corre_desde IS NULL OR corre_desde GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'), categoria_id INTEGER REFERENCES categorias_de_cuestion(id), pregunta_a INTEGER REFERENCES oradores(id),
    UNIQUE (lista_id, orden),
    CHECK (miembro_id IS NOT NULL OR length(trim(persona)) > 0)
);

CREATE INDEX oradores_miembro ON oradores(miembro_id);

CREATE TRIGGER oradores_congelado_insert BEFORE INSERT ON oradores
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM listas_de_oradores WHERE id = NEW.lista_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER oradores_congelado_update BEFORE UPDATE ON oradores
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM listas_de_oradores WHERE id = OLD.lista_id)) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM listas_de_oradores WHERE id = NEW.lista_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER oradores_congelado_delete BEFORE DELETE ON oradores
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM listas_de_oradores WHERE id = OLD.lista_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER oradores_coherente_insert BEFORE INSERT ON oradores
    WHEN ((NEW.categoria_id IS NOT NULL AND NEW.tipo <> 'cuestion_de_orden') OR (NEW.pregunta_a IS NOT NULL AND NEW.tipo <> 'pregunta_intercalada') OR (NEW.pausado_en IS NOT NULL AND NEW.estado <> 'hablando') OR (NEW.estado = 'en_espera' AND (NEW.segundos_previos <> 0 OR NEW.corre_desde IS NOT NULL)))
    BEGIN SELECT RAISE(ABORT, 'Un pedido de la palabra con datos que no son de su tipo o de su estado.'); END;

CREATE TRIGGER oradores_coherente_update BEFORE UPDATE ON oradores
    WHEN ((NEW.categoria_id IS NOT NULL AND NEW.tipo <> 'cuestion_de_orden') OR (NEW.pregunta_a IS NOT NULL AND NEW.tipo <> 'pregunta_intercalada') OR (NEW.pausado_en IS NOT NULL AND NEW.estado <> 'hablando') OR (NEW.estado = 'en_espera' AND (NEW.segundos_previos <> 0 OR NEW.corre_desde IS NOT NULL)))
    BEGIN SELECT RAISE(ABORT, 'Un pedido de la palabra con datos que no son de su tipo o de su estado.'); END;

CREATE TRIGGER bitacora_oradores_alta AFTER INSERT ON oradores BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('oradores', NEW.id, 'alta', json_array(NEW.id, NEW.lista_id, NEW.orden, NEW.miembro_id, iif(NEW.persona IS NULL, NULL, '§'), NEW.tipo, NEW.estado, NEW.pedida_en, NEW.empezo_en, NEW.termino_en, NEW.segundos, NEW.pausado_en, NEW.segundos_previos, NEW.corre_desde, NEW.categoria_id, NEW.pregunta_a));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (4, json_quote(NEW.persona))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_oradores_cambio AFTER UPDATE ON oradores WHEN OLD.id IS NOT NEW.id OR OLD.lista_id IS NOT NEW.lista_id OR OLD.orden IS NOT NEW.orden OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.persona IS NOT NEW.persona OR OLD.tipo IS NOT NEW.tipo OR OLD.estado IS NOT NEW.estado OR OLD.pedida_en IS NOT NEW.pedida_en OR OLD.empezo_en IS NOT NEW.empezo_en OR OLD.termino_en IS NOT NEW.termino_en OR OLD.segundos IS NOT NEW.segundos OR OLD.pausado_en IS NOT NEW.pausado_en OR OLD.segundos_previos IS NOT NEW.segundos_previos OR OLD.corre_desde IS NOT NEW.corre_desde OR OLD.categoria_id IS NOT NEW.categoria_id OR OLD.pregunta_a IS NOT NEW.pregunta_a BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('oradores', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.lista_id, OLD.orden, OLD.miembro_id, iif(OLD.persona IS NULL, NULL, '§'), OLD.tipo, OLD.estado, OLD.pedida_en, OLD.empezo_en, OLD.termino_en, OLD.segundos, OLD.pausado_en, OLD.segundos_previos, OLD.corre_desde, OLD.categoria_id, OLD.pregunta_a), 'despues', json_array(NEW.id, NEW.lista_id, NEW.orden, NEW.miembro_id, iif(NEW.persona IS NULL, NULL, '§'), NEW.tipo, NEW.estado, NEW.pedida_en, NEW.empezo_en, NEW.termino_en, NEW.segundos, NEW.pausado_en, NEW.segundos_previos, NEW.corre_desde, NEW.categoria_id, NEW.pregunta_a)));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (4, json_quote(OLD.persona)), (1004, json_quote(NEW.persona))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_oradores_baja AFTER DELETE ON oradores BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('oradores', OLD.id, 'borrado', json_array(OLD.id, OLD.lista_id, OLD.orden, OLD.miembro_id, iif(OLD.persona IS NULL, NULL, '§'), OLD.tipo, OLD.estado, OLD.pedida_en, OLD.empezo_en, OLD.termino_en, OLD.segundos, OLD.pausado_en, OLD.segundos_previos, OLD.corre_desde, OLD.categoria_id, OLD.pregunta_a));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (4, json_quote(OLD.persona))) WHERE column2 <> 'null'; END;


-- ==================== 0057_valores_personales =========================================================

-- bitacora_valores (creada en 0057_valores_personales)
CREATE TABLE bitacora_valores (
    registro_id INTEGER NOT NULL,
    posicion INTEGER NOT NULL CHECK (posicion >= 0),
    valor TEXT,
    sal TEXT CHECK (sal IS NULL OR length(sal) = 64),
    compromiso TEXT CHECK (compromiso IS NULL OR length(compromiso) = 64),
    suprimido_por INTEGER,
    PRIMARY KEY (registro_id, posicion)
);

CREATE TRIGGER bitacora_valores_solo_de_lo_nuevo BEFORE INSERT ON bitacora_valores
    WHEN NEW.registro_id <= (SELECT coalesce(max(hasta_id), 0) FROM bitacora_sellos) OR NEW.valor IS NULL OR NEW.sal IS NOT NULL
      OR NEW.compromiso IS NOT NULL OR NEW.suprimido_por IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'Un valor personal de la bitácora se anota con su registro, antes de sellarlo. No se guardó nada.'); END;

CREATE TRIGGER bitacora_valores_sellar_o_suprimir BEFORE UPDATE ON bitacora_valores
    WHEN NEW.registro_id IS NOT OLD.registro_id OR NEW.posicion IS NOT OLD.posicion OR NOT (
      (OLD.sal IS NULL AND OLD.compromiso IS NULL AND OLD.suprimido_por IS NULL AND NEW.valor IS OLD.valor
       AND NEW.sal IS NOT NULL AND NEW.compromiso IS NOT NULL AND NEW.suprimido_por IS NULL
       AND OLD.registro_id > (SELECT coalesce(max(hasta_id), 0) FROM bitacora_sellos))
      OR (OLD.valor IS NOT NULL AND OLD.compromiso IS NOT NULL AND NEW.compromiso IS OLD.compromiso
          AND NEW.valor IS NULL AND NEW.sal IS NULL AND NEW.suprimido_por IS NOT NULL))
    BEGIN SELECT RAISE(ABORT, 'Un valor personal de la bitácora solo se sella una vez, o se suprime por una solicitud de supresión. No se guardó nada.'); END;

CREATE TRIGGER bitacora_valores_sin_borrar BEFORE DELETE ON bitacora_valores
    BEGIN SELECT RAISE(ABORT, 'Un valor personal de la bitácora no se borra: se suprime por una solicitud. No se guardó nada.'); END;

-- sellos_anteriores (creada en 0057_valores_personales)
CREATE TABLE sellos_anteriores (
    sello_id INTEGER PRIMARY KEY,
    huella_original TEXT NOT NULL CHECK (length(huella_original) = 64),
    huella_sin_valores TEXT NOT NULL CHECK (length(huella_sin_valores) = 64)
);

CREATE TRIGGER sellos_anteriores_fijo_update BEFORE UPDATE ON sellos_anteriores
    BEGIN SELECT RAISE(ABORT, 'La huella de un sello anterior no se cambia ni se borra.'); END;

CREATE TRIGGER sellos_anteriores_fijo_delete BEFORE DELETE ON sellos_anteriores
    BEGIN SELECT RAISE(ABORT, 'La huella de un sello anterior no se cambia ni se borra.'); END;

CREATE TRIGGER bitacora_sellos_anteriores_alta AFTER INSERT ON sellos_anteriores BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('sellos_anteriores', NEW.sello_id, 'alta', json_array(NEW.sello_id, NEW.huella_original, NEW.huella_sin_valores)); END;

CREATE TRIGGER bitacora_sellos_anteriores_cambio AFTER UPDATE ON sellos_anteriores WHEN OLD.sello_id IS NOT NEW.sello_id OR OLD.huella_original IS NOT NEW.huella_original OR OLD.huella_sin_valores IS NOT NEW.huella_sin_valores BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('sellos_anteriores', NEW.sello_id, 'cambio',
        json_object('antes', json_array(OLD.sello_id, OLD.huella_original, OLD.huella_sin_valores), 'despues', json_array(NEW.sello_id, NEW.huella_original, NEW.huella_sin_valores))); END;

CREATE TRIGGER bitacora_sellos_anteriores_baja AFTER DELETE ON sellos_anteriores BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('sellos_anteriores', OLD.sello_id, 'borrado', json_array(OLD.sello_id, OLD.huella_original, OLD.huella_sin_valores)); END;


-- ==================== 0058_datos_personales ===========================================================

-- personas (creada en 0058_datos_personales)
CREATE TABLE personas (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    nota TEXT,
    registrada_en TEXT NOT NULL DEFAULT (datetime('now')),
    suprimida_por INTEGER
);

CREATE INDEX personas_asociacion ON personas(asociacion_id);

CREATE TRIGGER bitacora_personas_alta AFTER INSERT ON personas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('personas', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, iif(NEW.nombre IS NULL, NULL, '§'), iif(NEW.nota IS NULL, NULL, '§'), NEW.registrada_en, NEW.suprimida_por));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(NEW.nombre)), (3, json_quote(NEW.nota))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_personas_cambio AFTER UPDATE ON personas WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.nombre IS NOT NEW.nombre OR OLD.nota IS NOT NEW.nota OR OLD.registrada_en IS NOT NEW.registrada_en OR OLD.suprimida_por IS NOT NEW.suprimida_por BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('personas', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, iif(OLD.nombre IS NULL, NULL, '§'), iif(OLD.nota IS NULL, NULL, '§'), OLD.registrada_en, OLD.suprimida_por), 'despues', json_array(NEW.id, NEW.asociacion_id, iif(NEW.nombre IS NULL, NULL, '§'), iif(NEW.nota IS NULL, NULL, '§'), NEW.registrada_en, NEW.suprimida_por)));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(OLD.nombre)), (3, json_quote(OLD.nota)), (1002, json_quote(NEW.nombre)), (1003, json_quote(NEW.nota))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_personas_baja AFTER DELETE ON personas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('personas', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, iif(OLD.nombre IS NULL, NULL, '§'), iif(OLD.nota IS NULL, NULL, '§'), OLD.registrada_en, OLD.suprimida_por));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (2, json_quote(OLD.nombre)), (3, json_quote(OLD.nota))) WHERE column2 <> 'null'; END;

-- datos_de_persona (creada en 0058_datos_personales)
CREATE TABLE datos_de_persona (
    id INTEGER PRIMARY KEY,
    persona_id INTEGER NOT NULL REFERENCES personas(id),
    tabla TEXT NOT NULL CHECK (tabla IN ('contactos', 'autoridades', 'mandatos', 'asistencias', 'invitados', 'candidaturas', 'oradores', 'partes_convenio', 'adherentes_declaracion')),
    fila_id INTEGER NOT NULL,
    motivo TEXT,
    vinculada_en TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (tabla, fila_id)
);

CREATE INDEX datos_de_persona_persona ON datos_de_persona(persona_id);

CREATE TRIGGER bitacora_datos_de_persona_alta AFTER INSERT ON datos_de_persona BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('datos_de_persona', NEW.id, 'alta', json_array(NEW.id, NEW.persona_id, NEW.tabla, NEW.fila_id, NEW.motivo, NEW.vinculada_en)); END;

CREATE TRIGGER bitacora_datos_de_persona_cambio AFTER UPDATE ON datos_de_persona WHEN OLD.id IS NOT NEW.id OR OLD.persona_id IS NOT NEW.persona_id OR OLD.tabla IS NOT NEW.tabla OR OLD.fila_id IS NOT NEW.fila_id OR OLD.motivo IS NOT NEW.motivo OR OLD.vinculada_en IS NOT NEW.vinculada_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('datos_de_persona', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.persona_id, OLD.tabla, OLD.fila_id, OLD.motivo, OLD.vinculada_en), 'despues', json_array(NEW.id, NEW.persona_id, NEW.tabla, NEW.fila_id, NEW.motivo, NEW.vinculada_en))); END;

CREATE TRIGGER bitacora_datos_de_persona_baja AFTER DELETE ON datos_de_persona BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('datos_de_persona', OLD.id, 'borrado', json_array(OLD.id, OLD.persona_id, OLD.tabla, OLD.fila_id, OLD.motivo, OLD.vinculada_en)); END;

-- solicitudes_de_datos (creada en 0058_datos_personales)
CREATE TABLE solicitudes_de_datos (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    persona_id INTEGER NOT NULL REFERENCES personas(id),
    derecho TEXT NOT NULL CHECK (derecho IN ('acceso', 'rectificacion', 'supresion', 'oposicion', 'bloqueo', 'anonimizacion', 'compartidos', 'revocacion')),
    recibida_el TEXT NOT NULL CHECK (recibida_el IS NULL OR date(recibida_el) IS recibida_el),
    canal TEXT NOT NULL DEFAULT 'correo' CHECK (canal IN ('correo', 'nota', 'presencial', 'otro')),
    detalle TEXT,
    pais TEXT,
    plazo TEXT NOT NULL,
    vence_el TEXT NOT NULL CHECK (vence_el IS NULL OR date(vence_el) IS vence_el),
    estado TEXT NOT NULL DEFAULT 'abierta' CHECK (estado IN ('abierta', 'respondida', 'denegada')),
    respondida_el TEXT CHECK (respondida_el IS NULL OR date(respondida_el) IS respondida_el),
    respondida_por TEXT,
    respuesta TEXT,
    registrada_en TEXT NOT NULL DEFAULT (datetime('now')),
    CHECK (vence_el >= recibida_el),
    CHECK ((estado = 'abierta') = (respondida_el IS NULL)),
    CHECK (estado = 'abierta' OR length(trim(respuesta)) > 0)
);

CREATE INDEX solicitudes_de_datos_abiertas ON solicitudes_de_datos(asociacion_id, estado, vence_el);

CREATE TRIGGER solicitudes_de_datos_respondida_fija BEFORE UPDATE ON solicitudes_de_datos
    WHEN OLD.estado <> 'abierta' AND (NEW.detalle IS NOT NULL OR NEW.id IS NOT OLD.id
      OR NEW.asociacion_id IS NOT OLD.asociacion_id OR NEW.persona_id IS NOT OLD.persona_id
      OR NEW.derecho IS NOT OLD.derecho OR NEW.recibida_el IS NOT OLD.recibida_el OR NEW.canal IS NOT OLD.canal
      OR NEW.pais IS NOT OLD.pais OR NEW.plazo IS NOT OLD.plazo OR NEW.vence_el IS NOT OLD.vence_el
      OR NEW.estado IS NOT OLD.estado OR NEW.respondida_el IS NOT OLD.respondida_el
      OR NEW.respondida_por IS NOT OLD.respondida_por OR NEW.respuesta IS NOT OLD.respuesta
      OR NEW.registrada_en IS NOT OLD.registrada_en)
    BEGIN SELECT RAISE(ABORT, 'Una solicitud de datos personales ya respondida no se modifica.'); END;

CREATE TRIGGER solicitudes_de_datos_sin_borrar BEFORE DELETE ON solicitudes_de_datos
    BEGIN SELECT RAISE(ABORT, 'Una solicitud de datos personales no se borra: se responde o se deniega con un motivo.'); END;

CREATE TRIGGER bitacora_solicitudes_de_datos_alta AFTER INSERT ON solicitudes_de_datos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('solicitudes_de_datos', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.persona_id, NEW.derecho, NEW.recibida_el, NEW.canal, iif(NEW.detalle IS NULL, NULL, '§'), NEW.pais, NEW.plazo, NEW.vence_el, NEW.estado, NEW.respondida_el, NEW.respondida_por, NEW.respuesta, NEW.registrada_en));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (6, json_quote(NEW.detalle))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_solicitudes_de_datos_cambio AFTER UPDATE ON solicitudes_de_datos WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.persona_id IS NOT NEW.persona_id OR OLD.derecho IS NOT NEW.derecho OR OLD.recibida_el IS NOT NEW.recibida_el OR OLD.canal IS NOT NEW.canal OR OLD.detalle IS NOT NEW.detalle OR OLD.pais IS NOT NEW.pais OR OLD.plazo IS NOT NEW.plazo OR OLD.vence_el IS NOT NEW.vence_el OR OLD.estado IS NOT NEW.estado OR OLD.respondida_el IS NOT NEW.respondida_el OR OLD.respondida_por IS NOT NEW.respondida_por OR OLD.respuesta IS NOT NEW.respuesta OR OLD.registrada_en IS NOT NEW.registrada_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('solicitudes_de_datos', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.persona_id, OLD.derecho, OLD.recibida_el, OLD.canal, iif(OLD.detalle IS NULL, NULL, '§'), OLD.pais, OLD.plazo, OLD.vence_el, OLD.estado, OLD.respondida_el, OLD.respondida_por, OLD.respuesta, OLD.registrada_en), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.persona_id, NEW.derecho, NEW.recibida_el, NEW.canal, iif(NEW.detalle IS NULL, NULL, '§'), NEW.pais, NEW.plazo, NEW.vence_el, NEW.estado, NEW.respondida_el, NEW.respondida_por, NEW.respuesta, NEW.registrada_en)));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (6, json_quote(OLD.detalle)), (1006, json_quote(NEW.detalle))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_solicitudes_de_datos_baja AFTER DELETE ON solicitudes_de_datos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('solicitudes_de_datos', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.persona_id, OLD.derecho, OLD.recibida_el, OLD.canal, iif(OLD.detalle IS NULL, NULL, '§'), OLD.pais, OLD.plazo, OLD.vence_el, OLD.estado, OLD.respondida_el, OLD.respondida_por, OLD.respuesta, OLD.registrada_en));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (6, json_quote(OLD.detalle))) WHERE column2 <> 'null'; END;

-- supresiones (creada en 0058_datos_personales)
CREATE TABLE supresiones (
    id INTEGER PRIMARY KEY,
    solicitud_id INTEGER NOT NULL REFERENCES solicitudes_de_datos(id),
    tabla TEXT NOT NULL,
    fila_id INTEGER NOT NULL,
    como TEXT NOT NULL CHECK (como IN ('borrada', 'anonimizada')),
    UNIQUE (solicitud_id, tabla, fila_id)
);

CREATE INDEX supresiones_fila ON supresiones(tabla, fila_id);

CREATE TRIGGER supresiones_fijo_update BEFORE UPDATE ON supresiones
    BEGIN SELECT RAISE(ABORT, 'Lo que suprimió una solicitud no se cambia ni se borra.'); END;

CREATE TRIGGER supresiones_fijo_delete BEFORE DELETE ON supresiones
    BEGIN SELECT RAISE(ABORT, 'Lo que suprimió una solicitud no se cambia ni se borra.'); END;

CREATE TRIGGER bitacora_supresiones_alta AFTER INSERT ON supresiones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('supresiones', NEW.id, 'alta', json_array(NEW.id, NEW.solicitud_id, NEW.tabla, NEW.fila_id, NEW.como)); END;

CREATE TRIGGER bitacora_supresiones_cambio AFTER UPDATE ON supresiones WHEN OLD.id IS NOT NEW.id OR OLD.solicitud_id IS NOT NEW.solicitud_id OR OLD.tabla IS NOT NEW.tabla OR OLD.fila_id IS NOT NEW.fila_id OR OLD.como IS NOT NEW.como BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('supresiones', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.solicitud_id, OLD.tabla, OLD.fila_id, OLD.como), 'despues', json_array(NEW.id, NEW.solicitud_id, NEW.tabla, NEW.fila_id, NEW.como))); END;

CREATE TRIGGER bitacora_supresiones_baja AFTER DELETE ON supresiones BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('supresiones', OLD.id, 'borrado', json_array(OLD.id, OLD.solicitud_id, OLD.tabla, OLD.fila_id, OLD.como)); END;

-- oposiciones_correo (creada en 0058_datos_personales)
CREATE TABLE oposiciones_correo (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    huella TEXT NOT NULL CHECK (length(huella) = 64),
    direccion TEXT,
    persona_id INTEGER REFERENCES personas(id),
    desde TEXT NOT NULL CHECK (desde IS NULL OR date(desde) IS desde),
    solicitud_id INTEGER REFERENCES solicitudes_de_datos(id),
    UNIQUE (asociacion_id, huella)
);

CREATE TRIGGER oposiciones_correo_sin_borrar BEFORE DELETE ON oposiciones_correo
    BEGIN SELECT RAISE(ABORT, 'Una oposición al correo no se borra: quien la pidió puede retirarla con otra solicitud.'); END;

CREATE TRIGGER bitacora_oposiciones_correo_alta AFTER INSERT ON oposiciones_correo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('oposiciones_correo', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.huella, iif(NEW.direccion IS NULL, NULL, '§'), NEW.persona_id, NEW.desde, NEW.solicitud_id));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (3, json_quote(NEW.direccion))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_oposiciones_correo_cambio AFTER UPDATE ON oposiciones_correo WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.huella IS NOT NEW.huella OR OLD.direccion IS NOT NEW.direccion OR OLD.persona_id IS NOT NEW.persona_id OR OLD.desde IS NOT NEW.desde OR OLD.solicitud_id IS NOT NEW.solicitud_id BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('oposiciones_correo', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.huella, iif(OLD.direccion IS NULL, NULL, '§'), OLD.persona_id, OLD.desde, OLD.solicitud_id), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.huella, iif(NEW.direccion IS NULL, NULL, '§'), NEW.persona_id, NEW.desde, NEW.solicitud_id)));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (3, json_quote(OLD.direccion)), (1003, json_quote(NEW.direccion))) WHERE column2 <> 'null'; END;

CREATE TRIGGER bitacora_oposiciones_correo_baja AFTER DELETE ON oposiciones_correo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('oposiciones_correo', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.huella, iif(OLD.direccion IS NULL, NULL, '§'), OLD.persona_id, OLD.desde, OLD.solicitud_id));
    INSERT INTO bitacora_valores (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, column2 FROM (VALUES (3, json_quote(OLD.direccion))) WHERE column2 <> 'null'; END;

-- politica_de_datos (creada en 0058_datos_personales)
--   columnas de 0066_derechos_de_la_lgpd: encargado
CREATE TABLE politica_de_datos (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL UNIQUE REFERENCES asociaciones(id),
    pais TEXT CHECK (pais IS NULL OR (length(pais) = 2 AND pais = upper(pais))),
    dias_propios INTEGER CHECK (dias_propios IS NULL OR dias_propios BETWEEN 1 AND 365),
    contacto TEXT,
    anios_contactos_de_bajas INTEGER NOT NULL DEFAULT 2 CHECK (anios_contactos_de_bajas BETWEEN 0 AND 50),
    meses_rebotes INTEGER NOT NULL DEFAULT 12 CHECK (meses_rebotes BETWEEN 0 AND 600),
    dias_de_aviso INTEGER NOT NULL DEFAULT 5 CHECK (dias_de_aviso BETWEEN 0 AND 90)
    , encargado TEXT
);

CREATE TRIGGER bitacora_politica_de_datos_alta AFTER INSERT ON politica_de_datos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('politica_de_datos', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.pais, NEW.dias_propios, NEW.contacto, NEW.anios_contactos_de_bajas, NEW.meses_rebotes, NEW.dias_de_aviso, NEW.encargado)); END;

CREATE TRIGGER bitacora_politica_de_datos_cambio AFTER UPDATE ON politica_de_datos WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.pais IS NOT NEW.pais OR OLD.dias_propios IS NOT NEW.dias_propios OR OLD.contacto IS NOT NEW.contacto OR OLD.anios_contactos_de_bajas IS NOT NEW.anios_contactos_de_bajas OR OLD.meses_rebotes IS NOT NEW.meses_rebotes OR OLD.dias_de_aviso IS NOT NEW.dias_de_aviso OR OLD.encargado IS NOT NEW.encargado BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('politica_de_datos', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.pais, OLD.dias_propios, OLD.contacto, OLD.anios_contactos_de_bajas, OLD.meses_rebotes, OLD.dias_de_aviso, OLD.encargado), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.pais, NEW.dias_propios, NEW.contacto, NEW.anios_contactos_de_bajas, NEW.meses_rebotes, NEW.dias_de_aviso, NEW.encargado))); END;

CREATE TRIGGER bitacora_politica_de_datos_baja AFTER DELETE ON politica_de_datos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('politica_de_datos', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.pais, OLD.dias_propios, OLD.contacto, OLD.anios_contactos_de_bajas, OLD.meses_rebotes, OLD.dias_de_aviso, OLD.encargado)); END;

-- tratamientos (creada en 0058_datos_personales)
CREATE TABLE tratamientos (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    clase TEXT NOT NULL CHECK (clase IN ('contactos', 'autoridades', 'integrantes', 'delegados', 'firmantes', 'destinatarios', 'solicitantes', 'suscriptores')),
    base_legal TEXT NOT NULL CHECK (length(trim(base_legal)) > 0),
    finalidad TEXT NOT NULL CHECK (length(trim(finalidad)) > 0),
    conservacion TEXT NOT NULL CHECK (length(trim(conservacion)) > 0),
    UNIQUE (asociacion_id, clase)
);

CREATE TRIGGER bitacora_tratamientos_alta AFTER INSERT ON tratamientos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('tratamientos', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.clase, NEW.base_legal, NEW.finalidad, NEW.conservacion)); END;

CREATE TRIGGER bitacora_tratamientos_cambio AFTER UPDATE ON tratamientos WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.clase IS NOT NEW.clase OR OLD.base_legal IS NOT NEW.base_legal OR OLD.finalidad IS NOT NEW.finalidad OR OLD.conservacion IS NOT NEW.conservacion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('tratamientos', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.clase, OLD.base_legal, OLD.finalidad, OLD.conservacion), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.clase, NEW.base_legal, NEW.finalidad, NEW.conservacion))); END;

CREATE TRIGGER bitacora_tratamientos_baja AFTER DELETE ON tratamientos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('tratamientos', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.clase, OLD.base_legal, OLD.finalidad, OLD.conservacion)); END;


-- ==================== 0060_observadores ===============================================================

-- calidades_miembro (creada en 0060_observadores)
CREATE TABLE calidades_miembro (
    id INTEGER PRIMARY KEY,
    miembro_id INTEGER NOT NULL REFERENCES miembros(id) ON DELETE CASCADE,
    calidad TEXT NOT NULL CHECK (calidad IN ('observador', 'pleno')),
    desde TEXT NOT NULL CHECK (date(desde) IS desde),
    motivo TEXT NOT NULL CHECK (length(trim(motivo)) > 0),
    registrado_en TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE INDEX calidades_miembro_miembro ON calidades_miembro(miembro_id, desde, id);

CREATE TRIGGER bitacora_calidades_miembro_alta AFTER INSERT ON calidades_miembro BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('calidades_miembro', NEW.id, 'alta', json_array(NEW.id, NEW.miembro_id, NEW.calidad, NEW.desde, NEW.motivo, NEW.registrado_en)); END;

CREATE TRIGGER bitacora_calidades_miembro_cambio AFTER UPDATE ON calidades_miembro WHEN OLD.id IS NOT NEW.id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.calidad IS NOT NEW.calidad OR OLD.desde IS NOT NEW.desde OR OLD.motivo IS NOT NEW.motivo OR OLD.registrado_en IS NOT NEW.registrado_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('calidades_miembro', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.miembro_id, OLD.calidad, OLD.desde, OLD.motivo, OLD.registrado_en), 'despues', json_array(NEW.id, NEW.miembro_id, NEW.calidad, NEW.desde, NEW.motivo, NEW.registrado_en))); END;

CREATE TRIGGER bitacora_calidades_miembro_baja AFTER DELETE ON calidades_miembro BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('calidades_miembro', OLD.id, 'borrado', json_array(OLD.id, OLD.miembro_id, OLD.calidad, OLD.desde, OLD.motivo, OLD.registrado_en)); END;


-- ==================== 0062_agrupaciones ===============================================================

-- grupos (creada en 0062_agrupaciones)
CREATE TABLE grupos (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    agrupacion TEXT NOT NULL CHECK (length(trim(agrupacion)) > 0),
    nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    articulo TEXT,
    UNIQUE (asociacion_id, agrupacion, nombre)
);

CREATE TRIGGER grupos_sin_mudar_de_agrupacion BEFORE UPDATE OF asociacion_id, agrupacion ON grupos
    BEGIN SELECT RAISE(ABORT, 'Un grupo con integrantes no cambia de agrupación ni de asociación: se define otro.') WHERE EXISTS (SELECT 1 FROM integrantes_de_grupo i
    WHERE i.grupo_id = OLD.id); END;

CREATE TRIGGER bitacora_grupos_alta AFTER INSERT ON grupos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('grupos', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.agrupacion, NEW.nombre, NEW.articulo)); END;

CREATE TRIGGER bitacora_grupos_cambio AFTER UPDATE ON grupos WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.agrupacion IS NOT NEW.agrupacion OR OLD.nombre IS NOT NEW.nombre OR OLD.articulo IS NOT NEW.articulo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('grupos', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.agrupacion, OLD.nombre, OLD.articulo), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.agrupacion, NEW.nombre, NEW.articulo))); END;

CREATE TRIGGER bitacora_grupos_baja AFTER DELETE ON grupos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('grupos', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.agrupacion, OLD.nombre, OLD.articulo)); END;

-- integrantes_de_grupo (creada en 0062_agrupaciones)
CREATE TABLE integrantes_de_grupo (
    id INTEGER PRIMARY KEY,
    grupo_id INTEGER NOT NULL REFERENCES grupos(id) ON DELETE CASCADE,
    asociacion_id INTEGER NOT NULL,
    agrupacion TEXT NOT NULL,
    pais TEXT CHECK (pais IS NULL OR (length(pais) = 2 AND pais = upper(pais))),
    miembro_id INTEGER REFERENCES miembros(id) ON DELETE CASCADE,
    CHECK ((pais IS NULL) <> (miembro_id IS NULL)),
    UNIQUE (asociacion_id, agrupacion, pais),
    UNIQUE (asociacion_id, agrupacion, miembro_id)
);

CREATE INDEX integrantes_de_grupo_grupo ON integrantes_de_grupo(grupo_id);

CREATE TRIGGER bitacora_integrantes_de_grupo_alta AFTER INSERT ON integrantes_de_grupo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('integrantes_de_grupo', NEW.id, 'alta', json_array(NEW.id, NEW.grupo_id, NEW.asociacion_id, NEW.agrupacion, NEW.pais, NEW.miembro_id)); END;

CREATE TRIGGER bitacora_integrantes_de_grupo_cambio AFTER UPDATE ON integrantes_de_grupo WHEN OLD.id IS NOT NEW.id OR OLD.grupo_id IS NOT NEW.grupo_id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.agrupacion IS NOT NEW.agrupacion OR OLD.pais IS NOT NEW.pais OR OLD.miembro_id IS NOT NEW.miembro_id BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('integrantes_de_grupo', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.grupo_id, OLD.asociacion_id, OLD.agrupacion, OLD.pais, OLD.miembro_id), 'despues', json_array(NEW.id, NEW.grupo_id, NEW.asociacion_id, NEW.agrupacion, NEW.pais, NEW.miembro_id))); END;

CREATE TRIGGER bitacora_integrantes_de_grupo_baja AFTER DELETE ON integrantes_de_grupo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('integrantes_de_grupo', OLD.id, 'borrado', json_array(OLD.id, OLD.grupo_id, OLD.asociacion_id, OLD.agrupacion, OLD.pais, OLD.miembro_id)); END;

CREATE TRIGGER integrantes_de_grupo_de_su_agrupacion_insert BEFORE INSERT ON integrantes_de_grupo
    BEGIN SELECT RAISE(ABORT, 'Un integrante de un grupo dice la agrupación y la asociación de su grupo: no puede nombrar otras.') WHERE NOT EXISTS (SELECT 1 FROM grupos g
    WHERE g.id = NEW.grupo_id AND g.asociacion_id = NEW.asociacion_id AND g.agrupacion = NEW.agrupacion);
    END;

CREATE TRIGGER integrantes_de_grupo_de_su_agrupacion_update BEFORE UPDATE ON integrantes_de_grupo
    BEGIN SELECT RAISE(ABORT, 'Un integrante de un grupo dice la agrupación y la asociación de su grupo: no puede nombrar otras.') WHERE NOT EXISTS (SELECT 1 FROM grupos g
    WHERE g.id = NEW.grupo_id AND g.asociacion_id = NEW.asociacion_id AND g.agrupacion = NEW.agrupacion);
    END;

CREATE TRIGGER integrantes_de_grupo_de_su_asociacion_insert BEFORE INSERT ON integrantes_de_grupo
    BEGIN SELECT RAISE(ABORT, 'Un miembro de un grupo es de la asociación del grupo.') WHERE NEW.miembro_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM miembros m WHERE m.id = NEW.miembro_id
                    AND m.asociacion_id = NEW.asociacion_id); END;

CREATE TRIGGER integrantes_de_grupo_de_su_asociacion_update BEFORE UPDATE ON integrantes_de_grupo
    BEGIN SELECT RAISE(ABORT, 'Un miembro de un grupo es de la asociación del grupo.') WHERE NEW.miembro_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM miembros m WHERE m.id = NEW.miembro_id
                    AND m.asociacion_id = NEW.asociacion_id); END;


-- ==================== 0063_indicadores ================================================================

-- indicadores (creada en 0063_indicadores)
CREATE TABLE indicadores (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    unidad TEXT NOT NULL CHECK (length(trim(unidad)) > 0),
    sentido TEXT NOT NULL CHECK (sentido IN ('mayor', 'menor', 'neutro')),
    fuente TEXT,
    descripcion TEXT,
    decimales INTEGER NOT NULL DEFAULT 0 CHECK (decimales BETWEEN 0 AND 6),
    UNIQUE (asociacion_id, nombre)
);

CREATE TRIGGER bitacora_indicadores_alta AFTER INSERT ON indicadores BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('indicadores', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.nombre, NEW.unidad, NEW.sentido, NEW.fuente, NEW.descripcion, NEW.decimales)); END;

CREATE TRIGGER bitacora_indicadores_cambio AFTER UPDATE ON indicadores WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.nombre IS NOT NEW.nombre OR OLD.unidad IS NOT NEW.unidad OR OLD.sentido IS NOT NEW.sentido OR OLD.fuente IS NOT NEW.fuente OR OLD.descripcion IS NOT NEW.descripcion OR OLD.decimales IS NOT NEW.decimales BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('indicadores', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.nombre, OLD.unidad, OLD.sentido, OLD.fuente, OLD.descripcion, OLD.decimales), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.nombre, NEW.unidad, NEW.sentido, NEW.fuente, NEW.descripcion, NEW.decimales))); END;

CREATE TRIGGER bitacora_indicadores_baja AFTER DELETE ON indicadores BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('indicadores', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.nombre, OLD.unidad, OLD.sentido, OLD.fuente, OLD.descripcion, OLD.decimales)); END;

-- valores_indicador (creada en 0063_indicadores)
CREATE TABLE valores_indicador (
    id INTEGER PRIMARY KEY,
    indicador_id INTEGER NOT NULL REFERENCES indicadores(id),
    miembro_id INTEGER NOT NULL REFERENCES miembros(id),
    anio INTEGER NOT NULL CHECK (anio BETWEEN 1900 AND 2200),
    valor TEXT NOT NULL CHECK (length(valor) BETWEEN 1 AND 40),
    evidencia TEXT NOT NULL CHECK (length(trim(evidencia)) > 0),
    registrado_en TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (indicador_id, miembro_id, anio)
);

CREATE INDEX valores_indicador_miembro ON valores_indicador(miembro_id);

CREATE TRIGGER bitacora_valores_indicador_alta AFTER INSERT ON valores_indicador BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('valores_indicador', NEW.id, 'alta', json_array(NEW.id, NEW.indicador_id, NEW.miembro_id, NEW.anio, NEW.valor, NEW.evidencia, NEW.registrado_en)); END;

CREATE TRIGGER bitacora_valores_indicador_cambio AFTER UPDATE ON valores_indicador WHEN OLD.id IS NOT NEW.id OR OLD.indicador_id IS NOT NEW.indicador_id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.anio IS NOT NEW.anio OR OLD.valor IS NOT NEW.valor OR OLD.evidencia IS NOT NEW.evidencia OR OLD.registrado_en IS NOT NEW.registrado_en BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('valores_indicador', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.indicador_id, OLD.miembro_id, OLD.anio, OLD.valor, OLD.evidencia, OLD.registrado_en), 'despues', json_array(NEW.id, NEW.indicador_id, NEW.miembro_id, NEW.anio, NEW.valor, NEW.evidencia, NEW.registrado_en))); END;

CREATE TRIGGER bitacora_valores_indicador_baja AFTER DELETE ON valores_indicador BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('valores_indicador', OLD.id, 'borrado', json_array(OLD.id, OLD.indicador_id, OLD.miembro_id, OLD.anio, OLD.valor, OLD.evidencia, OLD.registrado_en)); END;

CREATE TRIGGER valores_indicador_de_su_asociacion_insert BEFORE INSERT ON valores_indicador
    BEGIN SELECT RAISE(ABORT, 'El valor de un indicador es de un miembro de la asociación del indicador.') WHERE NOT EXISTS (
    SELECT 1 FROM miembros m JOIN indicadores i ON i.asociacion_id = m.asociacion_id
    WHERE m.id = NEW.miembro_id AND i.id = NEW.indicador_id); END;

CREATE TRIGGER valores_indicador_de_su_asociacion_update BEFORE UPDATE ON valores_indicador
    BEGIN SELECT RAISE(ABORT, 'El valor de un indicador es de un miembro de la asociación del indicador.') WHERE NOT EXISTS (
    SELECT 1 FROM miembros m JOIN indicadores i ON i.asociacion_id = m.asociacion_id
    WHERE m.id = NEW.miembro_id AND i.id = NEW.indicador_id); END;


-- ==================== 0067_consentimientos ============================================================

-- consentimientos (creada en 0067_consentimientos)
CREATE TABLE consentimientos (
    id INTEGER PRIMARY KEY,
    asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
    contacto_id INTEGER REFERENCES contactos(id) ON DELETE SET NULL,
    finalidad TEXT NOT NULL CHECK (finalidad IN ('boletin')),
    texto TEXT NOT NULL CHECK (length(trim(texto)) > 0),
    canal TEXT NOT NULL CHECK (canal IN ('correo', 'nota', 'presencial', 'otro')),
    otorgado_el TEXT NOT NULL CHECK (otorgado_el IS NULL OR date(otorgado_el) IS otorgado_el),
    registrado_en TEXT NOT NULL DEFAULT (datetime('now')),
    revocado_el TEXT CHECK (revocado_el IS NULL OR date(revocado_el) IS revocado_el),
    canal_de_revocacion TEXT CHECK (canal_de_revocacion IS NULL OR canal_de_revocacion IN ('correo', 'nota', 'presencial', 'otro')),
    solicitud_id INTEGER REFERENCES solicitudes_de_datos(id),
    CHECK ((revocado_el IS NULL) = (canal_de_revocacion IS NULL)),
    CHECK (revocado_el IS NULL OR revocado_el >= otorgado_el),
    CHECK (solicitud_id IS NULL OR revocado_el IS NOT NULL)
);

CREATE INDEX consentimientos_contacto ON consentimientos(contacto_id);

CREATE INDEX consentimientos_asociacion ON consentimientos(asociacion_id, finalidad);

CREATE UNIQUE INDEX consentimientos_uno_vigente ON consentimientos(contacto_id, finalidad) WHERE revocado_el IS NULL AND contacto_id IS NOT NULL;

CREATE TRIGGER consentimientos_lo_aceptado_fijo BEFORE UPDATE ON consentimientos
    WHEN NEW.id IS NOT OLD.id OR NEW.asociacion_id IS NOT OLD.asociacion_id
      OR (NEW.contacto_id IS NOT OLD.contacto_id AND NEW.contacto_id IS NOT NULL)
      OR NEW.finalidad IS NOT OLD.finalidad OR NEW.texto IS NOT OLD.texto OR NEW.canal IS NOT OLD.canal
      OR NEW.otorgado_el IS NOT OLD.otorgado_el OR NEW.registrado_en IS NOT OLD.registrado_en
      OR (OLD.revocado_el IS NOT NULL AND (NEW.revocado_el IS NOT OLD.revocado_el
          OR NEW.canal_de_revocacion IS NOT OLD.canal_de_revocacion OR NEW.solicitud_id IS NOT OLD.solicitud_id))
    BEGIN SELECT RAISE(ABORT, 'Un consentimiento registrado no se modifica: solo se revoca, una vez.'); END;

CREATE TRIGGER consentimientos_sin_borrar BEFORE DELETE ON consentimientos
    BEGIN SELECT RAISE(ABORT, 'Un consentimiento no se borra: se revoca (queda la prueba de lo que se aceptó).'); END;

CREATE TRIGGER bitacora_consentimientos_alta AFTER INSERT ON consentimientos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('consentimientos', NEW.id, 'alta', json_array(NEW.id, NEW.asociacion_id, NEW.contacto_id, NEW.finalidad, NEW.texto, NEW.canal, NEW.otorgado_el, NEW.registrado_en, NEW.revocado_el, NEW.canal_de_revocacion, NEW.solicitud_id)); END;

CREATE TRIGGER bitacora_consentimientos_cambio AFTER UPDATE ON consentimientos WHEN OLD.id IS NOT NEW.id OR OLD.asociacion_id IS NOT NEW.asociacion_id OR OLD.contacto_id IS NOT NEW.contacto_id OR OLD.finalidad IS NOT NEW.finalidad OR OLD.texto IS NOT NEW.texto OR OLD.canal IS NOT NEW.canal OR OLD.otorgado_el IS NOT NEW.otorgado_el OR OLD.registrado_en IS NOT NEW.registrado_en OR OLD.revocado_el IS NOT NEW.revocado_el OR OLD.canal_de_revocacion IS NOT NEW.canal_de_revocacion OR OLD.solicitud_id IS NOT NEW.solicitud_id BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('consentimientos', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.asociacion_id, OLD.contacto_id, OLD.finalidad, OLD.texto, OLD.canal, OLD.otorgado_el, OLD.registrado_en, OLD.revocado_el, OLD.canal_de_revocacion, OLD.solicitud_id), 'despues', json_array(NEW.id, NEW.asociacion_id, NEW.contacto_id, NEW.finalidad, NEW.texto, NEW.canal, NEW.otorgado_el, NEW.registrado_en, NEW.revocado_el, NEW.canal_de_revocacion, NEW.solicitud_id))); END;

CREATE TRIGGER bitacora_consentimientos_baja AFTER DELETE ON consentimientos BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('consentimientos', OLD.id, 'borrado', json_array(OLD.id, OLD.asociacion_id, OLD.contacto_id, OLD.finalidad, OLD.texto, OLD.canal, OLD.otorgado_el, OLD.registrado_en, OLD.revocado_el, OLD.canal_de_revocacion, OLD.solicitud_id)); END;


-- ==================== 0069_oradores_de_openslides =====================================================

-- categorias_de_cuestion (creada en 0069_oradores_de_openslides)
CREATE TABLE categorias_de_cuestion (
    id INTEGER PRIMARY KEY,
    organo_id INTEGER NOT NULL REFERENCES organos(id),
    nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    rango INTEGER NOT NULL CHECK (rango BETWEEN 1 AND 99),
    UNIQUE (organo_id, nombre)
);

CREATE TRIGGER bitacora_categorias_de_cuestion_alta AFTER INSERT ON categorias_de_cuestion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('categorias_de_cuestion', NEW.id, 'alta', json_array(NEW.id, NEW.organo_id, NEW.nombre, NEW.rango)); END;

CREATE TRIGGER bitacora_categorias_de_cuestion_cambio AFTER UPDATE ON categorias_de_cuestion WHEN OLD.id IS NOT NEW.id OR OLD.organo_id IS NOT NEW.organo_id OR OLD.nombre IS NOT NEW.nombre OR OLD.rango IS NOT NEW.rango BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('categorias_de_cuestion', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.organo_id, OLD.nombre, OLD.rango), 'despues', json_array(NEW.id, NEW.organo_id, NEW.nombre, NEW.rango))); END;

CREATE TRIGGER bitacora_categorias_de_cuestion_baja AFTER DELETE ON categorias_de_cuestion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('categorias_de_cuestion', OLD.id, 'borrado', json_array(OLD.id, OLD.organo_id, OLD.nombre, OLD.rango)); END;


-- ==================== 0070_categorias_de_mocion =======================================================

-- categorias_de_mocion (creada en 0070_categorias_de_mocion)
CREATE TABLE categorias_de_mocion (
    id INTEGER PRIMARY KEY,
    organo_id INTEGER NOT NULL REFERENCES organos(id),
    nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    prefijo TEXT NOT NULL CHECK (length(prefijo) BETWEEN 1 AND 6 AND prefijo NOT LIKE '% %'),
    UNIQUE (organo_id, nombre),
    UNIQUE (organo_id, prefijo)
);

CREATE TRIGGER bitacora_categorias_de_mocion_alta AFTER INSERT ON categorias_de_mocion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('categorias_de_mocion', NEW.id, 'alta', json_array(NEW.id, NEW.organo_id, NEW.nombre, NEW.prefijo)); END;

CREATE TRIGGER bitacora_categorias_de_mocion_cambio AFTER UPDATE ON categorias_de_mocion WHEN OLD.id IS NOT NEW.id OR OLD.organo_id IS NOT NEW.organo_id OR OLD.nombre IS NOT NEW.nombre OR OLD.prefijo IS NOT NEW.prefijo BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('categorias_de_mocion', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.organo_id, OLD.nombre, OLD.prefijo), 'despues', json_array(NEW.id, NEW.organo_id, NEW.nombre, NEW.prefijo))); END;

CREATE TRIGGER bitacora_categorias_de_mocion_baja AFTER DELETE ON categorias_de_mocion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('categorias_de_mocion', OLD.id, 'borrado', json_array(OLD.id, OLD.organo_id, OLD.nombre, OLD.prefijo)); END;


-- ==================== 0073_bloques_de_mocion ==========================================================

-- bloques_de_mocion (creada en 0073_bloques_de_mocion)
CREATE TABLE bloques_de_mocion (
    id INTEGER PRIMARY KEY,
    sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
    nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    UNIQUE (sesion_id, nombre)
);

CREATE TRIGGER bloques_de_mocion_congelado_insert BEFORE INSERT ON bloques_de_mocion
    WHEN (SELECT estado FROM actas WHERE sesion_id = NEW.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bloques_de_mocion_congelado_update BEFORE UPDATE ON bloques_de_mocion
    WHEN (SELECT estado FROM actas WHERE sesion_id = OLD.sesion_id) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = NEW.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bloques_de_mocion_congelado_delete BEFORE DELETE ON bloques_de_mocion
    WHEN (SELECT estado FROM actas WHERE sesion_id = OLD.sesion_id) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER bitacora_bloques_de_mocion_alta AFTER INSERT ON bloques_de_mocion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('bloques_de_mocion', NEW.id, 'alta', json_array(NEW.id, NEW.sesion_id, NEW.nombre)); END;

CREATE TRIGGER bitacora_bloques_de_mocion_cambio AFTER UPDATE ON bloques_de_mocion WHEN OLD.id IS NOT NEW.id OR OLD.sesion_id IS NOT NEW.sesion_id OR OLD.nombre IS NOT NEW.nombre BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('bloques_de_mocion', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.sesion_id, OLD.nombre), 'despues', json_array(NEW.id, NEW.sesion_id, NEW.nombre))); END;

CREATE TRIGGER bitacora_bloques_de_mocion_baja AFTER DELETE ON bloques_de_mocion BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('bloques_de_mocion', OLD.id, 'borrado', json_array(OLD.id, OLD.sesion_id, OLD.nombre)); END;


-- ==================== 0074_recomendaciones_de_cambio ==================================================

-- recomendaciones_de_cambio (creada en 0074_recomendaciones_de_cambio)
CREATE TABLE recomendaciones_de_cambio (
    id INTEGER PRIMARY KEY,
    mocion_id INTEGER NOT NULL REFERENCES mociones(id),
    numero INTEGER NOT NULL CHECK (numero >= 1),
    desde INTEGER NOT NULL CHECK (desde >= 1),
    hasta INTEGER NOT NULL,
    texto_citado TEXT NOT NULL,
    texto TEXT NOT NULL DEFAULT '',
    motivo TEXT,
    organo_id INTEGER REFERENCES organos(id),
    estado TEXT NOT NULL DEFAULT 'pendiente' CHECK (estado IN ('pendiente', 'aceptada', 'rechazada')),
    CHECK (hasta >= desde),
    UNIQUE (mocion_id, numero)
);

CREATE TRIGGER bitacora_recomendaciones_de_cambio_alta AFTER INSERT ON recomendaciones_de_cambio BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('recomendaciones_de_cambio', NEW.id, 'alta', json_array(NEW.id, NEW.mocion_id, NEW.numero, NEW.desde, NEW.hasta, NEW.texto_citado, NEW.texto, NEW.motivo, NEW.organo_id, NEW.estado)); END;

CREATE TRIGGER bitacora_recomendaciones_de_cambio_cambio AFTER UPDATE ON recomendaciones_de_cambio WHEN OLD.id IS NOT NEW.id OR OLD.mocion_id IS NOT NEW.mocion_id OR OLD.numero IS NOT NEW.numero OR OLD.desde IS NOT NEW.desde OR OLD.hasta IS NOT NEW.hasta OR OLD.texto_citado IS NOT NEW.texto_citado OR OLD.texto IS NOT NEW.texto OR OLD.motivo IS NOT NEW.motivo OR OLD.organo_id IS NOT NEW.organo_id OR OLD.estado IS NOT NEW.estado BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('recomendaciones_de_cambio', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.mocion_id, OLD.numero, OLD.desde, OLD.hasta, OLD.texto_citado, OLD.texto, OLD.motivo, OLD.organo_id, OLD.estado), 'despues', json_array(NEW.id, NEW.mocion_id, NEW.numero, NEW.desde, NEW.hasta, NEW.texto_citado, NEW.texto, NEW.motivo, NEW.organo_id, NEW.estado))); END;

CREATE TRIGGER bitacora_recomendaciones_de_cambio_baja AFTER DELETE ON recomendaciones_de_cambio BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('recomendaciones_de_cambio', OLD.id, 'borrado', json_array(OLD.id, OLD.mocion_id, OLD.numero, OLD.desde, OLD.hasta, OLD.texto_citado, OLD.texto, OLD.motivo, OLD.organo_id, OLD.estado)); END;

CREATE TRIGGER recomendaciones_de_cambio_congelado_insert BEFORE INSERT ON recomendaciones_de_cambio
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = NEW.mocion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER recomendaciones_de_cambio_congelado_update BEFORE UPDATE ON recomendaciones_de_cambio
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = OLD.mocion_id)) IN ('aprobada', 'firmada') OR (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = NEW.mocion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;

CREATE TRIGGER recomendaciones_de_cambio_congelado_delete BEFORE DELETE ON recomendaciones_de_cambio
    WHEN (SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM mociones WHERE id = OLD.mocion_id)) IN ('aprobada', 'firmada')
    BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END;


-- ==================== 0076_voto_electronico ===========================================================

-- mesas_de_voto (creada en 0076_voto_electronico)
CREATE TABLE mesas_de_voto (
    sesion_id INTEGER PRIMARY KEY REFERENCES sesiones(id),
    sal TEXT NOT NULL CHECK (length(sal) = 32),
    cerrada INTEGER NOT NULL DEFAULT 0 CHECK (cerrada IN (0, 1))
);

CREATE TRIGGER bitacora_mesas_de_voto_alta AFTER INSERT ON mesas_de_voto BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('mesas_de_voto', NEW.sesion_id, 'alta', json_array(NEW.sesion_id, NEW.sal, NEW.cerrada)); END;

CREATE TRIGGER bitacora_mesas_de_voto_cambio AFTER UPDATE ON mesas_de_voto WHEN OLD.sesion_id IS NOT NEW.sesion_id OR OLD.sal IS NOT NEW.sal OR OLD.cerrada IS NOT NEW.cerrada BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('mesas_de_voto', NEW.sesion_id, 'cambio',
        json_object('antes', json_array(OLD.sesion_id, OLD.sal, OLD.cerrada), 'despues', json_array(NEW.sesion_id, NEW.sal, NEW.cerrada))); END;

CREATE TRIGGER bitacora_mesas_de_voto_baja AFTER DELETE ON mesas_de_voto BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('mesas_de_voto', OLD.sesion_id, 'borrado', json_array(OLD.sesion_id, OLD.sal, OLD.cerrada)); END;

-- codigos_de_voto (creada en 0076_voto_electronico)
CREATE TABLE codigos_de_voto (
    id INTEGER PRIMARY KEY,
    sesion_id INTEGER NOT NULL REFERENCES mesas_de_voto(sesion_id),
    miembro_id INTEGER NOT NULL REFERENCES miembros(id),
    huella TEXT NOT NULL UNIQUE CHECK (length(huella) = 64),
    anulado INTEGER NOT NULL DEFAULT 0 CHECK (anulado IN (0, 1))
);

CREATE UNIQUE INDEX codigos_de_voto_vigente ON codigos_de_voto(sesion_id, miembro_id) WHERE anulado = 0;

CREATE TRIGGER bitacora_codigos_de_voto_alta AFTER INSERT ON codigos_de_voto BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('codigos_de_voto', NEW.id, 'alta', json_array(NEW.id, NEW.sesion_id, NEW.miembro_id, NEW.huella, NEW.anulado)); END;

CREATE TRIGGER bitacora_codigos_de_voto_cambio AFTER UPDATE ON codigos_de_voto WHEN OLD.id IS NOT NEW.id OR OLD.sesion_id IS NOT NEW.sesion_id OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.huella IS NOT NEW.huella OR OLD.anulado IS NOT NEW.anulado BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('codigos_de_voto', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.sesion_id, OLD.miembro_id, OLD.huella, OLD.anulado), 'despues', json_array(NEW.id, NEW.sesion_id, NEW.miembro_id, NEW.huella, NEW.anulado))); END;

CREATE TRIGGER bitacora_codigos_de_voto_baja AFTER DELETE ON codigos_de_voto BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('codigos_de_voto', OLD.id, 'borrado', json_array(OLD.id, OLD.sesion_id, OLD.miembro_id, OLD.huella, OLD.anulado)); END;

-- urnas (creada en 0076_voto_electronico)
CREATE TABLE urnas (
    id INTEGER PRIMARY KEY,
    sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
    objeto TEXT NOT NULL CHECK (objeto IN ('punto', 'mocion', 'enmienda', 'eleccion')),
    objeto_id INTEGER NOT NULL,
    secreta INTEGER NOT NULL CHECK (secreta IN (0, 1)),
    abierta INTEGER NOT NULL DEFAULT 1 CHECK (abierta IN (0, 1)),
    participantes INTEGER CHECK (participantes IS NULL OR participantes >= 0)
);

CREATE UNIQUE INDEX urnas_una_abierta ON urnas(sesion_id) WHERE abierta = 1;

CREATE INDEX urnas_objeto ON urnas(objeto, objeto_id);

CREATE TRIGGER bitacora_urnas_alta AFTER INSERT ON urnas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('urnas', NEW.id, 'alta', json_array(NEW.id, NEW.sesion_id, NEW.objeto, NEW.objeto_id, NEW.secreta, NEW.abierta, NEW.participantes)); END;

CREATE TRIGGER bitacora_urnas_cambio AFTER UPDATE ON urnas WHEN OLD.id IS NOT NEW.id OR OLD.sesion_id IS NOT NEW.sesion_id OR OLD.objeto IS NOT NEW.objeto OR OLD.objeto_id IS NOT NEW.objeto_id OR OLD.secreta IS NOT NEW.secreta OR OLD.abierta IS NOT NEW.abierta OR OLD.participantes IS NOT NEW.participantes BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('urnas', NEW.id, 'cambio',
        json_object('antes', json_array(OLD.id, OLD.sesion_id, OLD.objeto, OLD.objeto_id, OLD.secreta, OLD.abierta, OLD.participantes), 'despues', json_array(NEW.id, NEW.sesion_id, NEW.objeto, NEW.objeto_id, NEW.secreta, NEW.abierta, NEW.participantes))); END;

CREATE TRIGGER bitacora_urnas_baja AFTER DELETE ON urnas BEGIN
    INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('urnas', OLD.id, 'borrado', json_array(OLD.id, OLD.sesion_id, OLD.objeto, OLD.objeto_id, OLD.secreta, OLD.abierta, OLD.participantes)); END;

-- votos_nominales (creada en 0076_voto_electronico)
CREATE TABLE votos_nominales (
    urna_id INTEGER NOT NULL REFERENCES urnas(id),
    miembro_id INTEGER NOT NULL REFERENCES miembros(id),
    eleccion TEXT NOT NULL,
    comprobante TEXT NOT NULL UNIQUE CHECK (length(comprobante) = 64),
    PRIMARY KEY (urna_id, miembro_id)
);

-- participaciones (creada en 0076_voto_electronico)
CREATE TABLE participaciones (
    urna_id INTEGER NOT NULL REFERENCES urnas(id),
    codigo_id INTEGER NOT NULL REFERENCES codigos_de_voto(id),
    PRIMARY KEY (urna_id, codigo_id)
);

-- papeletas (creada en 0076_voto_electronico)
CREATE TABLE papeletas (
    urna_id INTEGER NOT NULL REFERENCES urnas(id),
    comprobante TEXT NOT NULL CHECK (length(comprobante) = 64),
    contenido TEXT NOT NULL,
    peso INTEGER NOT NULL CHECK (peso >= 1),
    PRIMARY KEY (urna_id, comprobante)
);
