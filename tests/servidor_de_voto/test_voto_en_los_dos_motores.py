"""El servidor de voto con los servicios de verdad, sobre la base de un archivo y sobre la de PostgreSQL: cuatro
teléfonos entran con su código y votan una enmienda en secreto por la página; un reenvío se rechaza; cada voto cuenta
una vez y el cierre da lo que votaron. Cada pedido abre su conexión en un hilo del servidor (la de la prueba, aparte)."""

import pytest

from ayudas import hoy_fijo
from escritorio.servicios import voto_electronico as voto
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servidor_de_voto.certificado import certificado_de
from escritorio.servidor_de_voto.servidor import ServidorDeVoto, nombre_de_la_base
from sala_de_voto import HOY, PRESENTES, armar
from telefono_de_prueba import Telefono


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.proceso)])
def sala_en_el_motor(request, tmp_path, monkeypatch):
    """(destino, base abierta, sala de tests/sala_de_voto.py) en el archivo o en PostgreSQL; la base se cierra al
    terminar (después de que la prueba detuvo su servidor)."""
    destino = tmp_path / "sala.db" if request.param == "sqlite" else request.getfixturevalue("url_pg")
    hoy_fijo(monkeypatch, HOY)
    db = abrir_base(destino)
    try:
        yield destino, db, armar(db, crear_asociacion(db, NuevaAsociacion(
            nombre="Red de Municipios del Litoral", sigla="RML", paises={"AR": "pleno", "UY": "asociado"})))
    finally:
        db.close()


def test_cuatro_telefonos_votan_una_enmienda_en_secreto(sala_en_el_motor):
    destino, db, sala = sala_en_el_motor
    servidor = None
    try:
        codigos = {e.delegacion: e.codigo for e in voto.entregar_codigos(sala.contexto, sala.sesion)}
        servidor = ServidorDeVoto(destino, sala.sesion, "127.0.0.1", 0, pedidos_por_minuto=10_000,
                                  codigos_por_minuto=1_000)
        servidor.iniciar()
        servidor.certificado = certificado_de(nombre_de_la_base(destino), "127.0.0.1").certificado
        urna = voto.abrir_urna(sala.contexto, sala.sesion, "enmienda", sala.enmienda, secreta=True)
        telefonos = [Telefono(servidor) for _ in range(4)]
        for telefono, delegacion in zip(telefonos, PRESENTES):
            assert telefono.ingresar(codigos[delegacion])[0] == 303
        enviados = []
        for telefono, sentido in zip(telefonos, ("a_favor", "a_favor", "en_contra", "abstencion")):
            (estado, _, _), campos = telefono.votar(sentido)
            assert estado == 303
            enviados.append(campos)
        assert telefonos[1].post("/votar", enviados[1])[0] == 403   # el mismo formulario otra vez
        assert "Su voto está registrado" in telefonos[2].get()[2]
        assert voto.cuantos_votaron(db, urna) == (4, 30)
        votacion = voto.cerrar_urna(sala.contexto, urna)
        assert (votacion.metodo, votacion.a_favor, votacion.en_contra, votacion.abstenciones) == ("secreta", 2, 1, 1)
    finally:
        if servidor is not None:
            servidor.detener()


def test_las_tarjetas_impresas_se_entregan_todo_o_nada_y_su_codigo_entra(sala_en_el_motor, tmp_path, monkeypatch):
    """`entregar_en_tarjetas` (lo de «voto codigos --tarjetas») en los dos motores: un PDF que no se puede escribir no
    deja ningún código entregado; el que se escribe lleva la huella del certificado que sirve la página y cada código
    impreso entra por su delegación."""
    import subprocess

    from escritorio.documentos.pdf import tarjetas_de_voto
    from escritorio.errores import ErrorEscritorio
    from escritorio.servicios.voto_electronico.tarjetas import entregar_en_tarjetas
    from escritorio.servidor_de_voto.servidor import pagina_de_la_sala

    destino, _db, sala = sala_en_el_motor
    servidor = None
    try:
        with monkeypatch.context() as parche:
            def disco_lleno(*_argumentos, **_opciones):
                raise OSError(28, "No queda espacio en el dispositivo")

            parche.setattr(tarjetas_de_voto, "escribir_tarjetas_pdf", disco_lleno)
            with pytest.raises(ErrorEscritorio, match="espacio"):
                entregar_en_tarjetas(sala.contexto, sala.sesion, tmp_path / "llenas.pdf")
        servidor = ServidorDeVoto(destino, sala.sesion, "127.0.0.1", 0)
        servidor.iniciar()
        servidor.certificado = certificado_de(nombre_de_la_base(destino), "127.0.0.1").certificado
        pagina = pagina_de_la_sala(destino, "127.0.0.1", servidor.puerto)
        assert (pagina.url, pagina.huella) == (servidor.url, servidor.huella)
        entregados, ruta = entregar_en_tarjetas(sala.contexto, sala.sesion, tmp_path / "tarjetas.pdf", pagina=pagina)
        assert len(entregados) == 30   # todas: el intento fallido no entregó ninguna
        texto = subprocess.run(["pdftotext", "-q", str(ruta), "-"], capture_output=True, text=True).stdout
        assert all(e.codigo in texto for e in entregados) and servidor.huella.split()[0] in texto
        assert Telefono(servidor).ingresar(entregados[0].codigo)[0] == 303
    finally:
        if servidor is not None:
            servidor.detener()
