"""La asociación ya creada: cambiar nombre, sigla y tipo; quitar un país; su categoría con fecha (issue #15)."""

from datetime import date, timedelta

import pytest

from escritorio.errores import ErrorConflicto, ErrorValidacion
from escritorio.servicios.asociaciones import (NuevaAsociacion, crear_asociacion, editar_asociacion, elegir_asociacion,
                                               fijar_categoria, paises_de, paises_en_detalle,
                                               quitar_pais, revisar_asociacion)
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import FichaMiembro, guardar_ficha
from escritorio.servicios.miembros import cambiar_estado


def alta(db, asociacion, nombre, pais) -> int:
    contexto = Contexto(db, asociacion)
    return guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais=pais, fecha_ingreso=date(2000, 1, 1)),
                         poblacion=(250_000, 2020, "Censo"))


def fila(db, asociacion):
    return db.execute("SELECT nombre, sigla, tipo, sede, papel FROM asociaciones WHERE id = ?", [asociacion]).fetchone()


def test_cambiar_nombre_sigla_y_tipo_queda_en_la_base(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    edicion = editar_asociacion(contexto, nombre="  Red de Ciudades del Litoral ", sigla=" rcl-2 ",
                                tipo="Red Temática", sede="Rosario", papel="carta")
    assert fila(db, asociacion_id) == ("Red de Ciudades del Litoral", "RCL-2", "red temática", "Rosario", "Carta")
    assert ("Sigla", "RML", "RCL-2") in edicion.cambios
    assert "Nombre: «Red de Municipios del Litoral» → «Red de Ciudades del Litoral»" in edicion.resumen()
    # Se elige por la sigla nueva (en cualquier caja); la vieja ya no existe.
    assert elegir_asociacion(db, "rcl-2")["id"] == asociacion_id
    with pytest.raises(Exception, match="No hay ninguna asociación con la sigla «RML»"):
        elegir_asociacion(db, "RML")
    # Lo que no se indica no cambia.
    editar_asociacion(contexto, nombre="Red del Litoral")
    assert fila(db, asociacion_id) == ("Red del Litoral", "RCL-2", "red temática", "Rosario", "Carta")
    # La sede se borra con un texto vacío.
    editar_asociacion(contexto, sede="")
    assert fila(db, asociacion_id)[3] is None


def test_el_cambio_queda_en_la_bitacora(db, asociacion_id):
    editar_asociacion(Contexto(db, asociacion_id), nombre="Red Nueva")
    accion, datos = db.execute("SELECT accion, datos FROM bitacora WHERE entidad = 'asociaciones' AND entidad_id = ? "
                               "ORDER BY id DESC LIMIT 1", [asociacion_id]).fetchone()
    assert "Red Nueva" in datos and "Red de Municipios del Litoral" in datos, (accion, datos)


def test_errores_se_juntan_y_no_se_guarda_nada(db, asociacion_id):
    antes = fila(db, asociacion_id)
    contexto = Contexto(db, asociacion_id)
    with pytest.raises(ErrorValidacion) as error:
        editar_asociacion(contexto, nombre="   ", sigla="R M", tipo="club", papel="A3")
    mensaje = error.value.mensaje
    assert mensaje.startswith("No se guardó ningún cambio de la asociación RML:")
    assert "Nombre:" in mensaje and "Sigla: «R M» no sirve como sigla" in mensaje
    assert "Tipo: «club» desconocido; use uno de: red representativa" in mensaje
    assert "Papel: «A3» desconocido; use A4, Carta, Oficio" in mensaje
    assert set(error.value.campos) == {"nombre", "sigla", "tipo", "papel"}
    assert fila(db, asociacion_id) == antes
    with pytest.raises(ErrorValidacion, match="No se cambió nada: indique"):
        editar_asociacion(contexto)


def test_la_sigla_de_otra_asociacion_no_se_repite(db, asociacion_id):
    crear_asociacion(db, NuevaAsociacion(nombre="Alianza del Norte", sigla="ADN"))
    contexto = Contexto(db, asociacion_id)
    with pytest.raises(ErrorValidacion, match="Sigla: ya existe otra asociación con la sigla «ADN» \\(Alianza del Norte"):
        editar_asociacion(contexto, nombre="Otro nombre", sigla="adn")
    assert fila(db, asociacion_id)[:2] == ("Red de Municipios del Litoral", "RML")  # ni el nombre: todo o nada
    # Su propia sigla, en otra caja, sí.
    editar_asociacion(contexto, sigla="rml")
    assert fila(db, asociacion_id)[1] == "RML"


def test_un_formulario_no_pisa_lo_que_otro_guardo(db, asociacion_id):
    leida = elegir_asociacion(db, "RML")
    contexto = Contexto(db, asociacion_id)
    editar_asociacion(contexto, nombre="Cambiada por la CLI")
    with pytest.raises(ErrorConflicto) as error:
        editar_asociacion(contexto, tipo="alianza", leida=leida)
    assert error.value.cambios == [("Nombre", "Red de Municipios del Litoral", "Cambiada por la CLI")]
    assert fila(db, asociacion_id)[2] == "red representativa"


def test_quitar_un_pais_sin_miembros_lo_retira_desde_hoy_y_conserva_la_historia(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    quitado = quitar_pais(contexto, "Uruguay", articulo="Asamblea, Res. 3/2026")
    assert quitado.pais == "UY" and quitado.desde == date.today()
    assert "Uruguay (UY) deja de ser país de RML desde el" in quitado.texto("RML")
    assert paises_de(contexto) == {"AR": "pleno", "BR": "pleno"}
    detalle = {p.pais: p for p in paises_en_detalle(contexto)}
    assert [h["categoria"] for h in detalle["UY"].historia] == ["asociado", "retirado"]
    assert detalle["UY"].categoria == "retirado" and detalle["AR"].categoria == "pleno"
    # Quitarlo otra vez se explica.
    with pytest.raises(ErrorValidacion, match="hoy no es país de la asociación \\(ya figura como retirado\\)"):
        quitar_pais(contexto, "UY")


def test_no_se_quita_un_pais_con_miembros_activos(db, asociacion_id):
    rosario = alta(db, asociacion_id, "Rosario", "AR")
    parana = alta(db, asociacion_id, "Paraná", "AR")
    contexto = Contexto(db, asociacion_id)
    with pytest.raises(ErrorValidacion) as error:
        quitar_pais(contexto, "AR")
    mensaje = error.value.mensaje
    assert mensaje.startswith("No se quitó Argentina (AR) de RML: hoy tiene 2 miembros que no están de baja "
                              "(Paraná, Rosario)")
    assert "escritorio miembros baja ID --fecha AAAA-MM-DD" in mensaje and "corrija el país en su ficha" in mensaje
    assert paises_de(contexto)["AR"] == "pleno"
    # Con las bajas registradas, sí.
    cambiar_estado(db, rosario, "baja", date(2025, 1, 1), "Se retiró", asociacion_id)
    with pytest.raises(ErrorValidacion, match="hoy tiene 1 miembro que no está de baja \\(Paraná\\)"):
        quitar_pais(contexto, "AR")
    cambiar_estado(db, parana, "suspendido", date(2025, 1, 1), "Cuotas", asociacion_id)
    with pytest.raises(ErrorValidacion, match="1 miembro que no está de baja"):  # suspendido sigue siendo miembro
        quitar_pais(contexto, "AR")
    cambiar_estado(db, parana, "baja", date(2025, 2, 1), "Se retiró", asociacion_id)
    quitar_pais(contexto, "AR", date(2025, 6, 30))
    assert "AR" not in paises_de(contexto)


def test_la_baja_debe_ser_de_la_fecha_del_retiro_o_anterior(db, asociacion_id):
    salto = alta(db, asociacion_id, "Salto", "UY")
    cambiar_estado(db, salto, "baja", date(2025, 6, 1), "Se retiró", asociacion_id)
    contexto = Contexto(db, asociacion_id)
    with pytest.raises(ErrorValidacion, match="el 01/01/2025 tiene 1 miembro que no está de baja \\(Salto\\)"):
        quitar_pais(contexto, "UY", date(2025, 1, 1))
    quitar_pais(contexto, "UY", date(2025, 6, 1))
    assert "UY" not in paises_de(contexto)


def test_no_se_quita_el_unico_pais(db):
    sola = crear_asociacion(db, NuevaAsociacion(nombre="Red Chica", sigla="RCH", paises={"PY": "pleno"}))
    contexto = Contexto(db, sola)
    with pytest.raises(ErrorValidacion, match="es el único país de la asociación"):
        quitar_pais(contexto, "PY")
    assert paises_de(contexto) == {"PY": "pleno"}


def test_un_pais_agregado_por_error_se_borra_con_su_historia(db, asociacion_id):
    from escritorio.servicios.asociaciones import agregar_pais

    contexto = Contexto(db, asociacion_id)
    agregar_pais(contexto, "Chile", "pleno")
    quitado = quitar_pais(contexto, "CL", por_error=True)
    assert quitado.desde is None and "por completo" in quitado.texto("RML")
    assert "CL" not in {p.pais for p in paises_en_detalle(contexto)}   # ni su historia
    # Con miembros (aunque estén de baja) no fue un error: se dice qué hacer.
    brasilia = alta(db, asociacion_id, "Brasília", "BR")
    cambiar_estado(db, brasilia, "baja", date(2024, 1, 1), "Se retiró", asociacion_id)
    with pytest.raises(ErrorValidacion, match="1 miembro es de ese país \\(Brasília\\), así que no se agregó por error"):
        quitar_pais(contexto, "BR", por_error=True)
    with pytest.raises(ErrorValidacion, match="se borra entero, sin fecha ni artículo"):
        quitar_pais(contexto, "UY", date(2025, 1, 1), por_error=True)


def test_cambiar_la_categoria_desde_una_fecha(db, asociacion_id):
    desde = date.today() - timedelta(days=10)
    contexto = Contexto(db, asociacion_id)
    fijar_categoria(contexto, "UY", "pleno", desde, "Estatuto, art. 5")
    assert paises_de(contexto)["UY"] == "pleno"
    detalle = {p.pais: p for p in paises_en_detalle(contexto)}["UY"]
    assert detalle.desde == desde.isoformat()
    assert [(h["categoria"], h["articulo"]) for h in detalle.historia] == [("asociado", None),
                                                                          ("pleno", "Estatuto, art. 5")]


def test_el_asistente_exige_un_pais_y_la_sigla_va_en_mayusculas(db):
    sin_paises = NuevaAsociacion(nombre="Red Sin Países", sigla="rsp")
    with pytest.raises(ErrorValidacion) as error:
        revisar_asociacion(sin_paises, exigir_paises=True)
    assert "Países: elija al menos un país con su categoría" in error.value.mensaje
    with pytest.raises(ErrorValidacion, match="elija al menos un país"):
        crear_asociacion(db, sin_paises, exigir_paises=True)
    assert db.execute("SELECT count(*) FROM asociaciones").fetchone()[0] == 0
    sin_sede = NuevaAsociacion(nombre="Red", sigla="rsp", paises={"PY": "pleno"})
    with pytest.raises(ErrorValidacion, match="País de la sede: elíjalo"):   # la ventana pide también la sede
        crear_asociacion(db, sin_sede, exigir_paises=True)
    creada = crear_asociacion(db, NuevaAsociacion(nombre="Red", sigla="rsp", paises={"PY": "pleno"}, pais_sede="UY"),
                              exigir_paises=True)
    assert fila(db, creada)[1] == "RSP"


def test_un_tipo_de_una_version_anterior_no_impide_cambiar_el_nombre(db, asociacion_id):
    """Una base vieja puede tener un tipo que hoy no está en la lista; el formulario lo manda tal cual al cambiar el
    nombre, y eso no se rechaza. Cambiarlo a otro desconocido, sí."""
    db.execute("UPDATE asociaciones SET tipo = 'consorcio intermunicipal' WHERE id = ?", [asociacion_id])
    contexto = Contexto(db, asociacion_id)
    editar_asociacion(contexto, nombre="Red del Litoral", tipo="consorcio intermunicipal")
    assert fila(db, asociacion_id)[:3] == ("Red del Litoral", "RML", "consorcio intermunicipal")
    with pytest.raises(ErrorValidacion, match="desconocido"):
        editar_asociacion(contexto, tipo="mancomunidad")
