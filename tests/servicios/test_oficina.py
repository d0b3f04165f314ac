"""La oficina (servicios/oficina.py): la puerta única a una base abierta, dueña de la conexión, de su estado y de sus
transacciones; cada escritura confirmada dice qué tablas cambió (sacadas de su bitácora), y una operación entera
devuelve su resultado con lo que cambió. En los dos motores."""

import pytest

from escritorio.errores import ErrorEscritorio
from escritorio.servicios.asociaciones import NuevaAsociacion, agregar_pais, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.oficina import CambiosHechos, Oficina
from escritorio.servicios.organos import NuevoOrgano, crear_organo, listar_organos

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores


@pytest.fixture
def oficina(db):
    asociacion_id = crear_asociacion(db, NuevaAsociacion(nombre="Red de Municipios del Litoral", sigla="RML",
                                                         paises={"AR": "pleno"}))
    return Oficina(db, {"id": asociacion_id, "sigla": "RML", "nombre": "Red de Municipios del Litoral"})


def test_una_operacion_devuelve_lo_que_cambio(oficina):
    hecho = oficina.hacer(crear_organo, oficina.contexto, NuevoOrgano(nombre="Asamblea", tipo="asamblea"))
    assert hecho.resultado == listar_organos(oficina.contexto)[0]["id"]
    # La asamblea nace con su regla de composición por omisión: dos tablas, las de su bitácora.
    assert hecho.cambios == CambiosHechos(frozenset({"organos", "reglas_composicion"}))


def test_varias_escrituras_de_una_operacion_se_juntan_y_cada_una_se_avisa(oficina):
    avisos: list[CambiosHechos] = []
    oficina.al_cambiar(avisos.append)

    def dos_escrituras():
        crear_organo(oficina.contexto, NuevoOrgano(nombre="Consejo", tipo="consejo", regla_por_omision=False))
        agregar_pais(oficina.contexto, "UY", "asociado")

    hecho = oficina.hacer(dos_escrituras)
    pais = {"paises_asociacion", "categorias_pais"}   # el país y su categoría desde hoy
    assert hecho.cambios.tablas == {"organos"} | pais
    assert avisos == [CambiosHechos(frozenset({"organos"})), CambiosHechos(frozenset(pais))]


def test_lo_que_no_se_confirma_no_se_avisa(oficina):
    """Una transacción que se deshace no cambió nada; una anidada (SAVEPOINT) se avisa al confirmar la de afuera."""
    avisos: list[CambiosHechos] = []
    oficina.al_cambiar(avisos.append)
    with pytest.raises(RuntimeError), oficina.transaccion():
        crear_organo(oficina.contexto, NuevoOrgano(nombre="Consejo", tipo="consejo", regla_por_omision=False))
        assert avisos == []          # adentro todavía no se confirmó nada
        raise RuntimeError("se corta la luz")
    assert avisos == [] and listar_organos(oficina.contexto) == []
    with pytest.raises(ErrorEscritorio):   # rechazada por el servicio: nada escrito, nada avisado
        oficina.hacer(crear_organo, oficina.contexto, NuevoOrgano(nombre="", tipo="consejo"))
    assert avisos == []
    with oficina.transaccion():
        crear_organo(oficina.contexto, NuevoOrgano(nombre="Consejo", tipo="consejo", regla_por_omision=False))
        agregar_pais(oficina.contexto, "UY", "asociado")
        assert avisos == []
    assert avisos == [CambiosHechos(frozenset({"organos", "paises_asociacion", "categorias_pais"}))]


def test_lo_que_escribe_otra_conexion_no_lo_avisa_esta_oficina(oficina, destino):
    """Cada oficina escucha su conexión: lo de otro programa lo nota la vigilancia de la ventana, no esto."""
    avisos: list[CambiosHechos] = []
    oficina.al_cambiar(avisos.append)
    otra = abrir_base(destino)
    try:
        crear_organo(Oficina(otra, oficina.asociacion).contexto, NuevoOrgano(nombre="Consejo", tipo="consejo"))
    finally:
        otra.close()
    assert avisos == []


def test_otra_base_otra_oficina_y_la_anterior_deja_de_escuchar(oficina):
    avisos: list[CambiosHechos] = []
    oficina.al_cambiar(avisos.append)
    oficina.soltar()
    crear_organo(oficina.contexto, NuevoOrgano(nombre="Consejo", tipo="consejo", regla_por_omision=False))
    assert avisos == []


def test_la_conexion_declara_su_estado_y_no_admite_otro(oficina):
    """El estado de la conexión está declarado en `EstadoDeLaConexion` (estado_de_la_conexion.py); nadie le cuelga
    atributos sueltos con setattr, como antes `_escritorio_solo_lectura` o `_archivo_abierto`."""
    assert oficina.estado is oficina.db.estado
    assert oficina.estado.solo_lectura is None and oficina.estado.aviso_del_testigo is None
    with pytest.raises(AttributeError):
        oficina.db._escritorio_solo_lectura = "no"   # noqa: B010 - lo que hacía el programa antes


def test_sin_asociacion_elegida_no_hay_contexto(db):
    oficina = Oficina(db)
    assert oficina.asociacion is None and oficina.asociacion_id is None
    with pytest.raises(ErrorEscritorio):
        oficina.contexto
