"""La dirección pública de verificación como dato de la asociación (issue 43, punto 3): se fija, se quita y se
rechaza con el mismo servicio que la ventana y la CLI (`editar_asociacion`), la bitácora la anota como cualquier
dato, y `pagina_de_verificacion` da la página que lleva el QR de cada documento."""

import pytest

from escritorio.errores import ErrorValidacion
from escritorio.servicios import bitacora
from escritorio.servicios.asociaciones import editar_asociacion, listar_asociaciones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.direccion_publica import direccion_publica, pagina_de_verificacion


def cambios_de_la_asociacion(db, asociacion):
    return [r for r in bitacora.listar(db, entidad="asociaciones", entidad_id=asociacion) if r.accion == "cambio"]


def test_fijarla_guarda_la_direccion_limpia_y_la_bitacora_la_anota(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    assert direccion_publica(contexto) is None and pagina_de_verificacion(contexto, "7K2M-QX4P-9D0B") is None

    edicion = editar_asociacion(contexto, direccion_publica=" https://Mercociudades.org/escritorio/ ")
    assert edicion.cambios == [("Dirección pública de verificación", "(vacío)", "https://mercociudades.org/escritorio")]
    assert edicion.asociacion["direccion_publica"] == "https://mercociudades.org/escritorio"
    assert next(a for a in listar_asociaciones(db) if a["id"] == asociacion_id)["direccion_publica"] == \
        "https://mercociudades.org/escritorio"
    assert pagina_de_verificacion(contexto, "7K2M-QX4P-9D0B") == \
        "https://mercociudades.org/escritorio/verificar/7K2M-QX4P-9D0B.html"

    registro = cambios_de_la_asociacion(db, asociacion_id)[0]
    assert registro.antes["direccion_publica"] is None
    assert registro.despues["direccion_publica"] == "https://mercociudades.org/escritorio"
    assert "direccion_publica: — → https://mercociudades.org/escritorio" in registro.detalle
    assert "Cambio en los datos de la asociación" in registro.descripcion

    # La misma dirección escrita de otra manera no es un cambio: ni se guarda ni se anota.
    assert editar_asociacion(contexto, direccion_publica="https://mercociudades.org/escritorio//").cambios == []
    assert len(cambios_de_la_asociacion(db, asociacion_id)) == 1


def test_quitarla_con_un_texto_vacio_vuelve_al_codigo_solo(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    editar_asociacion(contexto, direccion_publica="https://mercociudades.org/escritorio")
    edicion = editar_asociacion(contexto, direccion_publica="  ")
    assert edicion.cambios == [("Dirección pública de verificación", "https://mercociudades.org/escritorio", "(vacío)")]
    assert direccion_publica(contexto) is None and pagina_de_verificacion(contexto, "7K2M-QX4P-9D0B") is None
    ultimo = cambios_de_la_asociacion(db, asociacion_id)[0]
    assert ultimo.despues["direccion_publica"] is None
    # Sin indicarla (None) no cambia: editar otro dato la deja como está.
    editar_asociacion(contexto, direccion_publica="https://rml.org.ar")
    editar_asociacion(contexto, sede="Rosario")
    assert direccion_publica(contexto) == "https://rml.org.ar"


@pytest.mark.parametrize("escrita, motivo", [
    ("rml.org.ar/verificar", "falta «https://» al principio; escríbala completa, por ejemplo https://rml.org.ar/"),
    ("ftp://rml.org.ar", "solo sirve una dirección web"),
    ("https://rml.org.ar/mi sitio", "tiene espacios"),
    ("https://rml.org.ar/" + "carpeta" * 6, "es demasiado larga"),
])
def test_una_direccion_que_no_sirve_no_guarda_nada_y_dice_por_que(db, asociacion_id, escrita, motivo):
    contexto = Contexto(db, asociacion_id)
    editar_asociacion(contexto, direccion_publica="https://rml.org.ar")
    antes = len(bitacora.listar(db))
    with pytest.raises(ErrorValidacion) as error:
        # Junto con otro dato que sí serviría: la edición es todo o nada.
        editar_asociacion(contexto, nombre="Red del Litoral", direccion_publica=escrita)
    mensaje = error.value.mensaje
    assert mensaje.startswith("No se guardó ningún cambio de la asociación RML:")
    assert f"Dirección pública de verificación: «{escrita[:40]}" in mensaje and motivo in mensaje, mensaje
    assert set(error.value.campos) == {"direccion_publica"}   # la ventana marca ese campo
    assert direccion_publica(contexto) == "https://rml.org.ar"
    assert next(a for a in listar_asociaciones(db) if a["id"] == asociacion_id)["nombre"] == \
        "Red de Municipios del Litoral"
    assert len(bitacora.listar(db)) == antes
